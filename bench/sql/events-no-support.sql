-- epic event list --no-support -o csv
SELECT e.id, e.name, e.contract_id, c.id AS client_id, c.full_name AS client_name,
       c.email AS client_email, c.phone AS client_phone, k.sales_contact_id,
       e.support_contact_id, s.full_name AS support_contact_name,
       e.start_at AS "start", e.end_at AS "end", e.location, e.attendees, e.notes,
       e.created_at, e.updated_at, e.version
FROM events e
JOIN contracts k ON k.id = e.contract_id
JOIN clients c ON c.id = k.client_id
LEFT JOIN employees s ON s.id = e.support_contact_id
WHERE e.support_contact_id IS NULL
ORDER BY e.start_at, e.id
