/*
Navicat MySQL Data Transfer

Source Server         : localhost_3306
Source Server Version : 50549
Source Host           : localhost:3306
Source Database       : campus

Target Server Type    : MYSQL
Target Server Version : 50549
File Encoding         : 65001

Date: 2023-04-05 14:17:01
*/

SET FOREIGN_KEY_CHECKS=0;

-- ----------------------------
-- Table structure for articles_manage
-- ----------------------------
DROP TABLE IF EXISTS `articles_manage`;
CREATE TABLE `articles_manage` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '序号',
  `title` varchar(500) NOT NULL COMMENT '标题',
  `pub_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '发布时间',
  `pub_author` varchar(500) NOT NULL COMMENT '发布作者',
  `pub_content` varchar(500) DEFAULT NULL COMMENT '发布内容',
  `pub_type` varchar(100) NOT NULL COMMENT '文章类型',
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=40 DEFAULT CHARSET=utf8 COMMENT='文章管理表：包括疫情新闻、通知通告、校园动态、媒体校园';

-- ----------------------------
-- Records of articles_manage
-- ----------------------------
INSERT INTO `articles_manage` VALUES ('6', '法律出版社副总编张雪纯带队到我校调研交流', '2023-02-21 16:35:43', '法学院', 'https://news.gdufs.edu.cn/info/1003/94641.htm', '校园动态');
INSERT INTO `articles_manage` VALUES ('11', '南方日报：广外党委书记、校长石佑启谈深度融入广东高水平对外开放新格局', '2023-02-21 17:44:12', '广东教育头条', 'https://static.nfapp.southcn.com/content/202301/30/c7308488.html?specialTopicId=7308488&from=weChatMessage&date=bnVsbA==&layer=11', '媒体校园');
INSERT INTO `articles_manage` VALUES ('23', '我校召开新一轮本科教育教学审核评估工作动员大会', '2023-03-21 10:11:08', '文字：教学质量监测与评估中心 图片：教学质量监测与评估中心 图片：教学质量监测与评估中心 责任编辑：周喆 白志华', 'https://www.gdufs.edu.cn/info/1106/59469.htm', '校园动态');
INSERT INTO `articles_manage` VALUES ('28', '【疫情防控小贴士】一图了解：应对新冠，我们应该做什么？', '2022-12-08 15:16:29', '文字：伍宇杰 图片：央视新闻 编辑：周喆 实习编辑伍宇杰', 'https://news.gdufs.edu.cn/info/1002/94426.htm', '疫情新闻');
INSERT INTO `articles_manage` VALUES ('35', '关于做好“五一“假期疫情防控工作的通知', '2022-04-28 15:20:38', '文字： 图片： 编辑：', 'https://news.gdufs.edu.cn/info/1002/93479.htm', '通知通告');
INSERT INTO `articles_manage` VALUES ('36', '关于2022年清明节放假的通知', '2022-03-30 15:24:05', '文字： 图片： 编辑：', 'https://news.gdufs.edu.cn/info/1002/93337.htm', '通知通告');

