-- epic contract list --unpaid -o json
SELECT k.id, k.client_id, c.full_name AS client_name, k.sales_contact_id,
       s.full_name AS sales_contact_name, k.total_cents, k.due_cents, k.signed,
       k.signed_at, k.created_at, k.updated_at, k.version
FROM contracts k
JOIN clients c ON c.id = k.client_id
JOIN employees s ON s.id = k.sales_contact_id
WHERE k.due_cents > 0
ORDER BY k.id
