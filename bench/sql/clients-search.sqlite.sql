-- epic client list --search durand -o csv (the trigram index epic uses)
SELECT c.id, c.full_name, c.email, c.phone, c.company_name, c.sales_contact_id,
       s.full_name AS sales_contact_name, c.created_at, c.updated_at, c.version
FROM clients c
JOIN employees s ON s.id = c.sales_contact_id
WHERE c.id IN (SELECT rowid FROM clients_search WHERE search_key GLOB '*durand*')
ORDER BY c.id
