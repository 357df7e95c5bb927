-- The names of a library's member categories, published by libraries (which owns member_category) for other modules'
-- queries: membership shows a member's category name beside each member found. Others read this view, never the table.
create view member_category_name as
select library_id, code, name from member_category;
