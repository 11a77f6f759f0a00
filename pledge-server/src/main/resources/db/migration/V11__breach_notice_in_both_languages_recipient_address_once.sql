-- A breach case keeps the notice to the customer in simplified Chinese beside the English one
-- (customer_notice), so each reader of the case sees it in the language they read. Null for a
-- case opened before: its one notice stays in customer_notice.
alter table breach_case add column customer_notice_zh text;
