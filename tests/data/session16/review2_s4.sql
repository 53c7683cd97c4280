CREATE TABLE `cms_special` (`special_id` int, `site_id` int, `title` varchar(80));
INSERT INTO `cms_special` VALUES (1,1,'学习贯彻党的十九大精神专题'),(2,1,'扫黑除恶专项斗争专题');
CREATE TABLE `cms_content_data` (`data_id` int, `site_id` int, `content` text);
INSERT INTO `cms_content_data` VALUES (11,1,'各乡镇人民政府：\n决定开展安全生产大检查，请按要求认真落实各项工作措施。\n某某县人民政府办公室\n2018年6月26日'),(12,1,'各乡镇人民政府：\n入汛以来降雨偏多，请切实做好防汛各项准备工作，确保安全度汛。\n某某县人民政府办公室\n2018年6月27日');
