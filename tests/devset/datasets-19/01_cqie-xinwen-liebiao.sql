create table trends
(
    id       int auto_increment
        primary key,
    title    varchar(1000) not null,
    pub_time varchar(50)   not null,
    url      varchar(100)  not null
);

INSERT INTO bs.trends (id, title, pub_time, url)
VALUES (2617, '【媒体聚焦】华龙网转载——新华社关于我校文化艺术节的报道', '2016-01-15', 'http://www.cqie.edu.cn/html/2/content/16/01/9340.shtml');
INSERT INTO bs.trends (id, title, pub_time, url)
VALUES (2618, '我校与中移物联网有限公司等六家企业签署合作协议', '2016-01-14', 'http://www.cqie.edu.cn/html/2/content/16/01/9339.shtml');
INSERT INTO bs.trends (id, title, pub_time, url)
VALUES (2619, '通识学院举办新教师赛课比赛', '2016-01-14', 'http://www.cqie.edu.cn/html/2/content/16/01/9338.shtml');
INSERT INTO bs.trends (id, title, pub_time, url)
VALUES (2620, '我校创新创业园人员受邀参加市第五届大学生创客沙龙', '2016-01-13', 'http://www.cqie.edu.cn/html/2/content/16/01/9337.shtml');
INSERT INTO bs.trends (id, title, pub_time, url)
VALUES (2621, '学生处、保卫处联合组织开展常见急救知识培训活动', '2016-01-13', 'http://www.cqie.edu.cn/html/2/content/16/01/9336.shtml');
INSERT INTO bs.trends (id, title, pub_time, url)
VALUES (2622, '张业平书记参加重庆市高校微型企业创新创业工作推进会并交流发言', '2016-01-12', 'http://www.cqie.edu.cn/html/2/content/16/01/9335.shtml');
INSERT INTO bs.trends (id, title, pub_time, url)
VALUES (2623, '我校应邀参加重庆市高校国际合作与交流工作处长例会', '2016-01-08', 'http://www.cqie.edu.cn/html/2/content/16/01/9334.shtml');
INSERT INTO bs.trends (id, title, pub_time, url)
VALUES (2624, '喜报', '2016-01-08', 'http://www.cqie.edu.cn/html/2/content/16/01/9333.shtml');
INSERT INTO bs.trends (id, title, pub_time, url)
VALUES (2625, '重庆工程学院召开“十三五”学科专业发展建设规划论证会', '2016-01-08', 'http://www.cqie.edu.cn/html/2/content/16/01/9332.shtml');
INSERT INTO bs.trends (id, title, pub_time, url)
VALUES (2626, '元旦致词', '2015-12-31', 'http://www.cqie.edu.cn/html/2/content/15/12/9331.shtml');
INSERT INTO bs.trends (id, title, pub_time, url)
VALUES (2627, '学校召开2015-2016学年第二学期双桥校区教学资源协调会', '2015-12-31', 'http://www.cqie.edu.cn/html/2/content/15/12/9330.shtml');
INSERT INTO bs.trends (id, title, pub_time, url)
VALUES (2628, '重庆工程学院第二届“烛光杯”教职工文艺汇演隆重举行', '2015-12-31', 'http://www.cqie.edu.cn/html/2/content/15/12/9329.shtml');
INSERT INTO bs.trends (id, title, pub_time, url)
VALUES (2629, '关于发布《重庆工程学院2015年毕业生就业质量年度报告》的通知', '2015-12-31',
        'http://www.cqie.edu.cn/html/2/content/15/12/9328.shtml');
INSERT INTO bs.trends (id, title, pub_time, url)
VALUES (2630, '我校2015年度科技工作总结会召开', '2015-12-30', 'http://www.cqie.edu.cn/html/2/content/15/12/9327.shtml');
INSERT INTO bs.trends (id, title, pub_time, url)
VALUES (2631, '重庆工程学院创新创业园2015年度工作总结暨2016年新春茶话会举行', '2015-12-30',
        'http://www.cqie.edu.cn/html/2/content/15/12/9326.shtml');
INSERT INTO bs.trends (id, title, pub_time, url)
VALUES (2632, '【节目预告】第二届“烛光杯”教职工文艺汇演', '2015-12-30', 'http://www.cqie.edu.cn/html/2/content/15/12/9325.shtml');
INSERT INTO bs.trends (id, title, pub_time, url)
VALUES (2633, '我校第二届文明修身节、第二届文化艺术节圆满闭幕', '2015-12-28', 'http://www.cqie.edu.cn/html/2/content/15/12/9324.shtml');
INSERT INTO bs.trends (id, title, pub_time, url)
VALUES (2634, '电子信息学院举行重庆市第九届大学生“合泰杯”单片机应用设计大赛(初赛)评审会', '2015-12-25',
        'http://www.cqie.edu.cn/html/2/content/15/12/9323.shtml');
INSERT INTO bs.trends (id, title, pub_time, url)
VALUES (2635, '学校召开特色专业建设暨新专业申报工作专项会议', '2015-12-24', 'http://www.cqie.edu.cn/html/2/content/15/12/9322.shtml');
INSERT INTO bs.trends (id, title, pub_time, url)
VALUES (2636, '学校召开2016年实习实训基地规划建设专项会议', '2015-12-23', 'http://www.cqie.edu.cn/html/2/content/15/12/9321.shtml');
INSERT INTO bs.trends (id, title, pub_time, url)
VALUES (2637, '重庆市国学专家团莅临我校中华文化动漫研发传播中心考察交流', '2015-12-22', 'http://www.cqie.edu.cn/html/2/content/15/12/9320.shtml');
INSERT INTO bs.trends (id, title, pub_time, url)
VALUES (2638, '椿风骀荡——传媒艺术学院院长苏大椿从艺40年书法篆刻作品展在巴人博物馆隆重开幕', '2015-12-22',
        'http://www.cqie.edu.cn/html/2/content/15/12/9319.shtml');
INSERT INTO bs.trends (id, title, pub_time, url)
VALUES (2639, '管理学院与阿里巴巴第三方合作机构U仕联盟推进跨境电商校企合作', '2015-12-21', 'http://www.cqie.edu.cn/html/2/content/15/12/9318.shtml');
INSERT INTO bs.trends (id, title, pub_time, url)
VALUES (2640, '喜贺软件学院大学生创业团队获得重庆市第五届大学生创新创业大赛三等奖', '2015-12-21',
        'http://www.cqie.edu.cn/html/2/content/15/12/9317.shtml');
INSERT INTO bs.trends (id, title, pub_time, url)
VALUES (2641, '我校与四川传世科技有限公司等四家公司签署合作协议', '2015-12-21', 'http://www.cqie.edu.cn/html/2/content/15/12/9316.shtml');
