CREATE TABLE `kaoyanzixun` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `addtime` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `biaoti` varchar(200) DEFAULT NULL COMMENT '标题',
  `tupian` varchar(200) DEFAULT NULL COMMENT '图片',
  `neirong` longtext COMMENT '内容',
  `fabushijian` datetime DEFAULT NULL COMMENT '发布时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=1601365746678 DEFAULT CHARSET=utf8 COMMENT='考研资讯';

INSERT INTO `kaoyanzixun` VALUES ('1601351795514', '2020-09-29 11:56:34', '教育部关于印发《2021年全国硕士研究生招生工作管理规定》的通知', 'http://localhost:8080/ssmAg4LG/upload/1601365122992.jpg', '<p>各省、自治区、直辖市高等学校招生委员会、教育厅（教委）、教育招生考试机构，新疆生产建设兵团教育局，有关部门（单位）教育司（局），各硕士研究生招生单位：</p><p>为做好2021年全国硕士研究生招生工作，现将《2021年全国硕士研究生招生工作管理规定》印发给你们，请遵照执行。</p><p class=\"ql-align-right\">教育部</p><p class=\"ql-align-right\">2020年8月24日</p><p class=\"ql-align-center\"><strong>2021年全国硕士研究生招生工作管理规定</strong></p><p class=\"ql-align-center\"><strong>第一章 总则</strong></p><p>第一条 为加强对全国硕士研究生招生工作的管理，保证硕士研究生的入学质量和招生工作的顺利进行，根据《中华人民共和国教育法》《中华人民共和国高等教育法》等法律法规，制定本规定。</p><p>第二条 高等学校和科学研究机构（以下简称招生单位）招收硕士研究生，旨在培养热爱祖国，拥护中国共产党的领导，拥护社会主义制度，遵纪守法，品德良好，具有服务国家服务人民的社会责任感，掌握本学科坚实的基础理论和系统的专业知识，具有创新精神、创新能力和从事科学研究、教学、管理等工作能力的高层次学术型专门人才以及具有较强解决实际问题的能力、能够承担专业技术或管理工作、具有良好职业素养的高层次应用型专门人才。</p><p>第三条 硕士研究生招生应坚持按需招生、全面衡量、择优录取和宁缺毋滥的原则。</p><p>第四条 招生学科（类别）、专业（领域）必须经国务院学位委员会或其授权单位批准。</p><p>第五条 招生对象主要为国家承认学历的应届本科毕业、本科毕业以及具有与本科毕业同等学力的中国公民。</p><p>第六条 全国硕士研究生招生考试分初试和复试两个阶段进行。初试和复试都是硕士研究生招生考试的重要组成部分。初试由国家统一组织，复试由招生单位自行组织。</p><p>初试方式分为全国统一考试（含联合考试）、单独考试以及推荐免试。</p><p>全国统一考试的部分或全部考试科目由教育部考试中心负责统一命题，其他考试科目由招生单位自行命题。</p>', '2020-09-29 11:56:31');
