-- Default data, not constants: operators edit the tree, the transfer list and the dispatch
-- catalogue in these tables. Departments are those of the seed regions 610326 眉县 (Mei County) and
-- 610300 宝鸡市 (Baoji, the fallback for every county of the city). Organisation codes are
-- placeholders in the shape of GB 32100 codes.

insert into category (code, parent_code, name_zh, name_en, description_zh, description_en, keywords, vector_species, open311,
                      transfer_to_110, transfer_from_110, service_notice_zh, service_notice_en, position) values
('city', null, '城市管理', 'City management', null, null, null, null, false, false, false, null, null, 1),
('city.sanitation', 'city', '市容环境卫生', 'Litter and sanitation', '垃圾堆积、清扫不及时、乱倒垃圾', 'Litter, uncollected rubbish, fly-tipping', '垃圾,卫生,清扫', null, true, false, false, '5个工作日内答复', 'Answered within 5 working days', 2),
('city.road', 'city', '道路设施', 'Roads and pavements', '坑槽、井盖缺失、道路破损', 'Potholes, missing manhole covers, broken pavements', '道路,坑,井盖', null, true, false, false, '5个工作日内答复', 'Answered within 5 working days', 3),
('city.streetlight', 'city', '路灯照明', 'Street lights', '路灯不亮、损坏', 'Street lights out or damaged', '路灯', null, true, false, false, '5个工作日内答复', 'Answered within 5 working days', 4),
('env', null, '生态环境', 'Environment', null, null, null, null, false, false, false, null, null, 10),
('env.noise', 'env', '建筑施工噪声', 'Construction noise', '夜间施工、工地噪声', 'Night-time and construction-site noise', '施工,噪声,噪音', null, true, false, false, '5个工作日内答复', 'Answered within 5 working days', 11),
('env.vector', 'env', '病媒生物', 'Pests (disease vectors)', '鼠、蚊、蝇、蟑螂', 'Rats, mosquitoes, flies, cockroaches', null, null, false, false, false, null, null, 12),
('env.vector.rats', 'env.vector', '鼠害', 'Rats', '老鼠出没、鼠洞、鼠迹', 'Rats seen, burrows, droppings', '老鼠,鼠', 'RATS', true, false, false, '由爱卫部门核查处理，5个工作日内答复', 'Checked by the patriotic-health office, answered within 5 working days', 13),
('env.vector.mosquitoes', 'env.vector', '蚊虫', 'Mosquitoes', '积水孳生蚊虫、蚊虫密度高', 'Standing water breeding mosquitoes', '蚊子,蚊虫,积水', 'MOSQUITOES', true, false, false, '由爱卫部门核查处理，5个工作日内答复', 'Checked by the patriotic-health office, answered within 5 working days', 14),
('env.vector.flies', 'env.vector', '蝇类', 'Flies', '苍蝇孳生、垃圾站蝇多', 'Flies breeding, fly-infested waste stations', '苍蝇,蝇', 'FLIES', true, false, false, '由爱卫部门核查处理，5个工作日内答复', 'Checked by the patriotic-health office, answered within 5 working days', 15),
('env.vector.cockroaches', 'env.vector', '蟑螂', 'Cockroaches', '餐饮场所、楼道蟑螂', 'Cockroaches in restaurants or stairwells', '蟑螂', 'COCKROACHES', true, false, false, '由爱卫部门核查处理，5个工作日内答复', 'Checked by the patriotic-health office, answered within 5 working days', 16),
('utility', null, '公用事业', 'Utilities', null, null, null, null, false, false, false, null, null, 20),
('utility.water', 'utility', '供水', 'Water supply', '停水、水压低、管道破裂', 'No water, low pressure, burst pipes', '停水,水管,漏水', null, true, false, false, '24小时内处理', 'Handled within 24 hours', 21),
('utility.heating', 'utility', '供暖', 'Heating', '暖气不热、停暖', 'Radiators cold, heating off', '暖气,供暖', null, true, false, false, '24小时内处理', 'Handled within 24 hours', 22),
('public-order', null, '社会治安', 'Public order', null, null, null, null, false, false, false, null, null, 30),
('public-order.noise', 'public-order', '社会生活噪声扰民', 'Neighbourhood noise', '夜间聚会、广场舞、商铺喇叭扰民', 'Parties, square dancing, shop loudspeakers at night', '扰民,广场舞,喇叭', null, false, true, true, null, null, 31),
('public-order.dispute', 'public-order', '邻里纠纷', 'Neighbour disputes', '邻里矛盾、物业纠纷', 'Disputes between neighbours or with property managers', '纠纷,邻居', null, false, true, true, null, null, 32),
('market', null, '市场监管', 'Market regulation', null, null, null, null, false, false, false, null, null, 40),
('market.food', 'market', '食品安全', 'Food safety', '过期食品、无证经营、餐饮卫生', 'Expired food, unlicensed vendors, restaurant hygiene', '食品,过期,餐馆', null, true, false, false, '5个工作日内答复', 'Answered within 5 working days', 41),
('gov', null, '政务服务', 'Government services', null, null, null, null, false, false, false, null, null, 50),
('gov.service', 'gov', '办事咨询', 'How to apply for a service', '办事指南、材料、时限、地点', 'Service guides: materials, limits, places', '办理,材料,咨询', null, false, false, false, null, null, 51),
('law', null, '法律事务', 'Legal matters', null, null, null, null, false, false, false, null, null, 60),
('law.dispute', 'law', '民事纠纷', 'Civil disputes', '合同、借贷、继承等民事纠纷', 'Contracts, loans, inheritance', null, null, false, false, false, null, null, 61),
('labour', null, '劳动保障', 'Labour', null, null, null, null, false, false, false, null, null, 70),
('labour.wages', 'labour', '拖欠工资', 'Unpaid wages', '农民工工资拖欠', 'Unpaid wages of migrant workers', '工资,欠薪', null, true, false, false, '5个工作日内答复', 'Answered within 5 working days', 71);

-- Open311 attributes: the kind of place matters for pests (the supervising department depends on
-- it: Baoji regulation Art. 5) and for litter.
insert into category_attribute (category_code, code, datatype, required, description_zh, description_en, position) values
('env.vector.rats', 'place_type', 'singlevaluelist', true, '发现地点类型', 'Kind of place', 1),
('env.vector.rats', 'seen_at', 'datetime', false, '发现时间', 'When seen', 2),
('env.vector.mosquitoes', 'place_type', 'singlevaluelist', true, '发现地点类型', 'Kind of place', 1),
('env.vector.flies', 'place_type', 'singlevaluelist', true, '发现地点类型', 'Kind of place', 1),
('env.vector.cockroaches', 'place_type', 'singlevaluelist', true, '发现地点类型', 'Kind of place', 1),
('city.sanitation', 'amount', 'singlevaluelist', false, '垃圾数量', 'How much', 1);

insert into category_attribute_value (category_code, attribute_code, value_key, name_zh, name_en, position)
select c.code, 'place_type', v.value_key, v.name_zh, v.name_en, v.position
from (values ('env.vector.rats'), ('env.vector.mosquitoes'), ('env.vector.flies'), ('env.vector.cockroaches')) as c(code)
cross join (values ('residence', '住宅小区', 'Residential estate', 1),
                   ('food_premises', '餐饮食品场所', 'Food premises', 2),
                   ('market', '农贸市场', 'Farmers'' market', 3),
                   ('construction_site', '建筑工地', 'Construction site', 4),
                   ('waste_station', '垃圾站、公厕', 'Waste station or public toilet', 5),
                   ('public_place', '其他公共场所', 'Other public place', 6)) as v(value_key, name_zh, name_en, position);

insert into category_attribute_value (category_code, attribute_code, value_key, name_zh, name_en, position) values
('city.sanitation', 'amount', 'bag', '少量（几袋）', 'A few bags', 1),
('city.sanitation', 'amount', 'pile', '成堆', 'A pile', 2),
('city.sanitation', 'amount', 'truck', '需车辆清运', 'A truckload', 3);

insert into dispatch_rule (category_code, region_code, lead_org_code, lead_org_name, assisting_org_codes) values
('city', '610326', '11610326MB0100001A', '眉县城市管理执法局', null),
('city.road', '610326', '11610326MB0200002B', '眉县住房和城乡建设局', '11610326MB0100001A'),
('env.noise', '610326', '11610326MB0300003C', '宝鸡市生态环境局眉县分局', '11610326MB0100001A'),
('env.vector', '610326', '11610326MB0400004D', '眉县爱国卫生运动委员会办公室', '11610326MB0500005E'),
('utility', '610326', '11610326MB0200002B', '眉县住房和城乡建设局', null),
('public-order', '610326', '11610326MB0600006F', '眉县公安局', null),
('market', '610326', '11610326MB0700007G', '眉县市场监督管理局', null),
('gov', '610326', '11610326MB0800008H', '眉县政务服务中心', null),
('law', '610326', '11610326MB0900009J', '眉县司法局', null),
('labour', '610326', '11610326MB1000010K', '眉县人力资源和社会保障局', null),
('city', '610300', '11610300MB0100001L', '宝鸡市城市管理执法局', null),
('env.vector', '610300', '11610300MB0400004M', '宝鸡市爱国卫生运动委员会办公室', null);
