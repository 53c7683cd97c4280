CREATE TABLE `articles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) DEFAULT NULL,
  `content` mediumtext,
  `classification_id` int(11) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `status` int(11) DEFAULT '0',
  `thumb` varchar(255) DEFAULT NULL,
  `flag` varchar(255) DEFAULT NULL,
  `author` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

INSERT INTO `articles` (`id`, `title`, `content`, `classification_id`, `created_at`, `updated_at`, `status`, `thumb`, `flag`, `author`)
VALUES
	(7,'国务院办公厅关于2013年 部分节假日安排的通知','<p>\r\n    <br/>\r\n</p>\r\n<table width=\"95%\" cellspacing=\"0\" cellpadding=\"0\" align=\"center\">\r\n    <tbody>\r\n        <tr>\r\n            <td class=\"p1\" style=\"line-height: 28px; font-family: 宋体;\">\r\n                <span style=\"\"><p style=\"text-align:center;\">\r\n                    <span style=\"font-size: 18pt;\"><strong>国务院办公厅关于2013年<br/>部分节假日安排的通知</strong></span><br/><span style=\"font-family:楷体_GB2312\">国办发明电〔2012〕33号</span>\r\n                </p>\r\n                <p>\r\n                    各省、自治区、直辖市人民政府，国务院各部委、各直属机构：<br/>　　根据国务院《关于修改&lt;全国年节及纪念日放假办法&gt;的决定》，为便于各地区、各部门及早合理安排节假日旅游、交通运输、生产经营等有关工作，经国务院批准，现将2013年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。<br/>　　<strong>一、元旦：</strong>1月1日至3日放假调休，共3天。1月5日（星期六）、1月6日（星期日）上班。<br/>　　<strong>二、春节：</strong>2月9日至15日放假调休，共7天。2月16日（星期六）、2月17日（星期日）上班。<br/>　　<strong>三、清明节：</strong>4月4日至6日放假调休，共3天。4月7日（星期日）上班。<br/>　　<strong>四、劳动节：</strong>4月29日至5月1日放假调休，共3天。4月27日（星期六）、4月28日（星期日）上班。<br/>　　<strong>五、端午节：</strong>6月10日至12日放假调休，共3天。6月8日（星期六）、6月9日（星期日）上班。<br/>　　<strong>六、中秋节：</strong>9月19日至21日放假调休，共3天。9月22日（星期日）上班。<br/>　　<strong>七、国庆节：</strong>10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。<br/>　　节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作，遇有重大突发事件发生，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。<br/>　　　　　　　　　　　　　　　　　　　　　　　　　　　　　 　国务院办公厅<br/>　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　2012年12月8日\r\n                </p></span>\r\n            </td>\r\n        </tr>\r\n    </tbody>\r\n</table>\r\n<p>\r\n    <br/>\r\n</p>',1,'2013-09-13 14:40:07','2013-09-13 14:40:55',0,NULL,'0',1);
