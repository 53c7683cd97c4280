-- phpMyAdmin SQL Dump
CREATE TABLE `oa_attachment` (
  `id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `belong_id` int(11) NOT NULL
);
INSERT INTO `oa_attachment` (`id`, `name`, `belong_id`) VALUES
(16, '报名表.doc', 43),
(17, '某教办〔2011〕107号 关于做好教师培训报名工作的通知.doc', 43),
(18, 'logo.png', 0);

CREATE TABLE `oa_notice` (
  `id` int(11) NOT NULL,
  `title` varchar(255) NOT NULL,
  `content` text NOT NULL,
  `postTime` datetime NOT NULL
);
INSERT INTO `oa_notice` (`id`, `title`, `content`, `postTime`) VALUES
(43, ' 关于做好教师培训报名工作的通知', '关于做好教师培训报名工作的通知\r各镇（街道）中小学、市直属学校：\r为进一步加强教师队伍建设，现将有关事项通知如下：\r一、报名对象为全市中小学教师。\r二、请各校于2011年10月30日前报送名单。\r附件：1．报名表\r                              某某市教育局办公室\r                              二〇一一年十月二十六日', '2011-10-28 16:42:56'),
(44, '关于做好校园安全检查工作的通知', '关于做好校园安全检查工作的通知\r各镇（街道）中小学：\r为保障师生安全，现将有关事项通知如下：\r一、各校开展一次全面检查。\r二、检查结果于11月10日前报送。\r                              某某市教育局办公室\r                              二〇一一年十一月二日', '2011-11-03 09:00:00');
