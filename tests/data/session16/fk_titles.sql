# Dump of a society's site: headlines in one table, bodies in another, linked by ctid
CREATE TABLE `contenttop` (
  `ctid` int(11) NOT NULL AUTO_INCREMENT,
  `tcontent` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`ctid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
INSERT INTO `contenttop` VALUES (1,'某某论坛暨第四届培训班第三轮通知'),(2,'某某学会门户网站第二版正式上线');
CREATE TABLE `announinfo` (
  `aid` int(11) NOT NULL AUTO_INCREMENT,
  `announNews` varchar(21800) DEFAULT NULL,
  `ctid` int(11) DEFAULT NULL,
  PRIMARY KEY (`aid`),
  CONSTRAINT `FK1` FOREIGN KEY (`ctid`) REFERENCES `contenttop` (`ctid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
INSERT INTO `announinfo` VALUES (1,'<p>各位会员：</p><p>经研究，定于2017年12月在某某市举办论坛暨第四届培训班，现将有关事项通知如下。</p><p>某某学会</p><p>2017年11月19日</p>',1),(2,'<p>某某学会门户网站第二版已于2017年6月1日正式上线，欢迎各位会员访问并提出意见建议。</p>',2);
