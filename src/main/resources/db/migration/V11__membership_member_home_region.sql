-- Where a member lives as the three codes of the official list (idn-area-data): province, regency, district.
-- region_code stays as the most specific of them for older readers; existing rows are split from it.
alter table member add column province_code text;
alter table member add column regency_code text;
alter table member add column district_code text;

update member set
    province_code = split_part(region_code, '.', 1),
    regency_code  = case when region_code ~ '^[0-9]+\.[0-9]+' then substring(region_code from '^[0-9]+\.[0-9]+') end,
    district_code = case when region_code ~ '^[0-9]+\.[0-9]+\.[0-9]+$' then region_code end
where region_code is not null;

alter table member add constraint member_regency_in_province
    check (regency_code is null or (province_code is not null and regency_code like province_code || '.%'));
alter table member add constraint member_district_in_regency
    check (district_code is null or (regency_code is not null and district_code like regency_code || '.%'));
