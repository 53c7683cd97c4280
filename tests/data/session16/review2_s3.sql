CREATE TABLE `v9_news` (`id` int, `catid` int, `title` varchar(80), `inputtime` int);
INSERT INTO `v9_news` VALUES (1,6,'关于开展安全生产大检查的通知',1530000000),(2,6,'关于做好防汛工作的通知',1530100000);
CREATE TABLE `v9_news_data` (`id` int, `content` text, `copyfrom` varchar(100));
INSERT INTO `v9_news_data` VALUES (1,'各乡镇人民政府：\n决定开展安全生产大检查，请按要求认真落实各项工作措施。\n某某县人民政府办公室\n2018年6月26日',''),(2,'各乡镇人民政府：\n入汛以来降雨偏多，请切实做好防汛各项准备工作，确保安全度汛。\n某某县人民政府办公室\n2018年6月27日','');
