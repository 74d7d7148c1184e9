-- The certificate types the demo catalogue and case-service's contracts name (issue #7), under the
-- directory codes 11100000000013338W0xx they use (defining authority 11100000000013338W, a valid
-- GB 32100 code; DEMO data like V3's: an installation maps them to the national directory by a later
-- migration). Without them a case.concluded naming 11100000000013338W032 could never issue, and
-- 免证办 checks of W001/W002/W011 materials would find no type.
--   W001 居民身份证 and W002 居民户口簿: materials of the demo items (catalog-service DemoDataGenerator).
--   W011 营业执照: the result of catalog-service's item.published example.
--   W032 食品经营许可证: the result of case-service's case.concluded / case-issuance-data examples; valid
--        5 years (《食品经营许可和备案管理办法》: 食品经营许可证有效期为5年), held by the operator (credit code).
INSERT INTO certificate_type (code, name_zh, name_en, defining_authority, holder_kind, metadata_schema, validity_kind, validity_years) VALUES
('11100000000013338W001', '居民身份证', 'Resident identity card', '11100000000013338W', 'CITIZEN',
 '[{"name": "name", "titleZh": "姓名", "titleEn": "Name", "kind": "TEXT", "required": true, "maxLength": 50}, {"name": "sex", "titleZh": "性别", "titleEn": "Sex", "kind": "CHOICE", "required": true, "choices": ["男", "女"]}, {"name": "ethnicity", "titleZh": "民族", "titleEn": "Ethnicity", "kind": "TEXT", "required": true, "maxLength": 20}, {"name": "birthDate", "titleZh": "出生日期", "titleEn": "Date of birth", "kind": "DATE", "required": true}, {"name": "address", "titleZh": "住址", "titleEn": "Address", "kind": "TEXT", "required": true, "maxLength": 200}, {"name": "issuingAuthority", "titleZh": "签发机关", "titleEn": "Issuing authority", "kind": "TEXT", "required": true, "maxLength": 100}]',
 'ISSUER_SETS', NULL),
('11100000000013338W002', '居民户口簿', 'Household register', '11100000000013338W', 'CITIZEN',
 '[{"name": "householdHead", "titleZh": "户主姓名", "titleEn": "Head of household", "kind": "TEXT", "required": true, "maxLength": 50}, {"name": "householdType", "titleZh": "户别", "titleEn": "Household type", "kind": "CHOICE", "required": true, "choices": ["家庭户", "集体户"]}, {"name": "address", "titleZh": "住址", "titleEn": "Address", "kind": "TEXT", "required": true, "maxLength": 200}, {"name": "relationToHead", "titleZh": "与户主关系", "titleEn": "Relation to head", "kind": "TEXT", "required": true, "maxLength": 20}]',
 'PERMANENT', NULL),
('11100000000013338W011', '营业执照', 'Business licence', '11100000000013338W', 'ORGANISATION',
 '[{"name": "name", "titleZh": "名称", "titleEn": "Name", "kind": "TEXT", "required": true, "maxLength": 100}, {"name": "entityType", "titleZh": "类型", "titleEn": "Entity type", "kind": "TEXT", "required": true, "maxLength": 50}, {"name": "legalRepresentative", "titleZh": "法定代表人", "titleEn": "Legal representative", "kind": "TEXT", "required": true, "maxLength": 50}, {"name": "registeredCapital", "titleZh": "注册资本（万元）", "titleEn": "Registered capital (10k CNY)", "kind": "NUMBER", "required": false}, {"name": "establishedOn", "titleZh": "成立日期", "titleEn": "Established on", "kind": "DATE", "required": true}, {"name": "address", "titleZh": "住所", "titleEn": "Address", "kind": "TEXT", "required": true, "maxLength": 200}, {"name": "businessScope", "titleZh": "经营范围", "titleEn": "Business scope", "kind": "TEXT", "required": true, "maxLength": 2000}]',
 'PERMANENT', NULL),
('11100000000013338W032', '食品经营许可证', 'Food business licence', '11100000000013338W', 'ORGANISATION',
 '[{"name": "operatorName", "titleZh": "经营者名称", "titleEn": "Operator", "kind": "TEXT", "required": true, "maxLength": 100}, {"name": "businessPremises", "titleZh": "经营场所", "titleEn": "Business premises", "kind": "TEXT", "required": true, "maxLength": 200}, {"name": "mainBusiness", "titleZh": "主体业态及经营项目", "titleEn": "Main business", "kind": "TEXT", "required": true, "maxLength": 500}, {"name": "legalRepresentative", "titleZh": "法定代表人（负责人）", "titleEn": "Legal representative (person in charge)", "kind": "TEXT", "required": false, "maxLength": 50}, {"name": "residence", "titleZh": "住所", "titleEn": "Registered address", "kind": "TEXT", "required": false, "maxLength": 200}]',
 'FIXED_YEARS', 5)
ON CONFLICT (code) DO NOTHING;
