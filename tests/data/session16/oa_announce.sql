CREATE TABLE `tb_announce` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(128) NOT NULL DEFAULT '' COMMENT '公告标题',
  `content` mediumtext NOT NULL COMMENT '公告内容',
  `signname` varchar(128) NOT NULL DEFAULT '' COMMENT '落款人或单位的名称',
  `updatetime` datetime NOT NULL,
  `createtime` datetime NOT NULL,
  PRIMARY KEY (`id`)
);
INSERT INTO `tb_announce` VALUES (37,'关于端午节放假安排的通知','<p>各部门：</p><p>根据国家规定，现将端午节放假安排通知如下：6月10日至12日放假，共3天。请各部门做好值班安排。</p><p>特此通知。</p>','人力资源部','2013-06-01 10:00:00','2013-05-28 09:30:00'),(38,'关于开展消防演练的通知','<p>各部门：</p><p>为提高员工消防安全意识，公司定于6月20日开展消防演练，请各部门组织员工参加。</p><p>特此通知。</p>','行政部','2013-06-15 10:00:00','2013-06-14 08:00:00');
