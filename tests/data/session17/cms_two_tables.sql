-- Navicat MySQL Data Transfer (modelled on a OneThink CMS dump of a city's government site)
SET FOREIGN_KEY_CHECKS=0;

DROP TABLE IF EXISTS `ot_category`;
CREATE TABLE `ot_category` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT '分类ID',
  `name` varchar(30) NOT NULL COMMENT '标志',
  `title` varchar(50) NOT NULL COMMENT '标题',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;
INSERT INTO `ot_category` VALUES ('40', 'ahnews', '本地要闻');
INSERT INTO `ot_category` VALUES ('41', 'zcdt', '政策动态');

DROP TABLE IF EXISTS `ot_document`;
CREATE TABLE `ot_document` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT '文档ID',
  `uid` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '用户ID',
  `name` char(40) NOT NULL DEFAULT '' COMMENT '标识',
  `title` char(80) NOT NULL DEFAULT '' COMMENT '标题',
  `category_id` int(10) unsigned NOT NULL COMMENT '所属分类',
  `deadline` varchar(255) DEFAULT '0' COMMENT '截至时间',
  `create_time` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '创建时间',
  `update_time` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '更新时间',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=34 DEFAULT CHARSET=utf8 COMMENT='文档模型基础表';
INSERT INTO `ot_document` VALUES ('13', '1', '', '某某市高铁网东北方向项目进入可行性研究阶段', '40', '-28800', '1446998400', '1447061071');
INSERT INTO `ot_document` VALUES ('17', '1', '', '某某省最低工资标准再次上调', '41', '0', '1447060542', '1447060542');

DROP TABLE IF EXISTS `ot_document_article`;
CREATE TABLE `ot_document_article` (
  `id` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '文档ID',
  `parse` tinyint(3) unsigned NOT NULL DEFAULT '0' COMMENT '内容解析类型',
  `content` text NOT NULL COMMENT '文章内容',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COMMENT='文档模型文章表';
INSERT INTO `ot_document_article` VALUES ('13', '0', '&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp; 近年来某某市高铁建设加速，&amp;ldquo;米&amp;rdquo;字形高铁网初步成形，但东北方向的最后一&amp;ldquo;撇&amp;rdquo;还没落笔。记者获悉，新建铁路某某至某某段项目已进入可行性研究阶段。铁路途经六个县，在某某接客运专线至海边。这条高铁项目一旦建成，前往半岛地区将更加便捷。&lt;br /&gt;11月2日，设计院专家来到某某，现场讨论线路走向和车站定位等问题。据悉，该线路位于某某省东北部。');
INSERT INTO `ot_document_article` VALUES ('17', '0', '&lt;p&gt;\r\n	&amp;nbsp;&amp;nbsp; 近日，我省再次调整最低工资标准。我省最低工资标准至少每两年调整一次，上一次调整日期为2013年7月1日。&lt;/p&gt;\r\n&lt;p&gt;据了解，截至9月28日，全国各地月最低工资标准中，某市以每月2030元居首位。据省人社厅劳动关系处负责人介绍，此次调整后，我省最低工资标准在全国范围内排名跃居第16位。&lt;/p&gt;');
