-- MySQL dump 10.13  Distrib 5.6.38, for Linux (x86_64)
--
-- Host: localhost    Database: ufunlist
-- ------------------------------------------------------
-- Server version	5.6.38

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `public_post`
--

DROP TABLE IF EXISTS `public_post`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `public_post` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `time` datetime(6) NOT NULL,
  `deadtime` datetime(6) NOT NULL,
  `maintitle` longtext NOT NULL,
  `subtitleid` int(10) unsigned NOT NULL,
  `subtitle` longtext NOT NULL,
  `content` longtext NOT NULL,
  `haspicture` int(10) unsigned NOT NULL,
  `popularity` int(10) unsigned NOT NULL,
  `activetime` int(10) unsigned NOT NULL,
  `replymethodid` int(10) unsigned NOT NULL,
  `replymethod` varchar(48) NOT NULL,
  `state` int(10) unsigned NOT NULL,
  `categoryid_id` bigint(20) NOT NULL,
  `userid_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `public_post_categoryid_id_92b15779_fk_public_category_id` (`categoryid_id`),
  KEY `public_post_userid_id_3ff556ae_fk_auth_user_id` (`userid_id`),
  CONSTRAINT `public_post_categoryid_id_92b15779_fk_public_category_id` FOREIGN KEY (`categoryid_id`) REFERENCES `public_category` (`id`),
  CONSTRAINT `public_post_userid_id_3ff556ae_fk_auth_user_id` FOREIGN KEY (`userid_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=103 DEFAULT CHARSET=utf8;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `public_post`
--

LOCK TABLES `public_post` WRITE;
/*!40000 ALTER TABLE `public_post` DISABLE KEYS */;
INSERT INTO `public_post` VALUES (2,'2017-11-18 09:50:01.411966','2291-09-03 09:50:01.411966','关于举办“喜庆十九大  青春建新功”系列活动（十一）——吉林大学党团主题知识竞赛的通知',2,'团委','https://oa.jlu.edu.cn/defaultroot/PortalInformation!getInformation.action?title=关于举办“喜庆十九大  青春建新功”系列活动（十一）——吉林大学党团主题知识竞赛的通知&id=4703642&categoryName=校内通知&channelName=校内通知&fromflag=login&channelId=179577&orgname=团委',0,0,100000,0,'',1,2,2),(3,'2017-11-18 09:50:01.434022','2291-09-03 09:50:01.434022','关于转发《教育部办公厅关于进一步加强教育部主管社会组织管理工作的通知》的通知',2,'校长办公室','https://oa.jlu.edu.cn/defaultroot/PortalInformation!getInformation.action?title=关于转发《教育部办公厅关于进一步加强教育部主管社会组织管理工作的通知》的通知&id=4704057&categoryName=校内通知&channelName=校内通知&fromflag=login&channelId=179577&orgname=校长办公室',0,0,100000,0,'',1,2,2),(4,'2017-11-18 09:50:01.444072','2291-09-03 09:50:01.444072','关于成立吉林大学第七届本(专)科教学督导组的决定',2,'教务处','https://oa.jlu.edu.cn/defaultroot/PortalInformation!getInformation.action?title=关于成立吉林大学第七届本(专)科教学督导组的决定&id=4704251&categoryName=校内通知&channelName=校内通知&fromflag=login&channelId=179577&orgname=教务处',0,0,100000,0,'',1,2,2),(5,'2017-11-18 09:50:01.460251','2291-09-03 09:50:01.460251','关于聘任吉林大学第七届本科教学学生协理员的决定',2,'教务处','https://oa.jlu.edu.cn/defaultroot/PortalInformation!getInformation.action?title=关于聘任吉林大学第七届本科教学学生协理员的决定&id=4704330&categoryName=校内通知&channelName=校内通知&fromflag=login&channelId=179577&orgname=教务处',0,0,100000,0,'',1,2,2),(6,'2017-11-18 09:50:01.474404','2291-09-03 09:50:01.474404','关于公布吉林大学2017年博士研究生兼职辅导员学生工作研究种子基金项目立项名单的通知',2,'学生工作部','https://oa.jlu.edu.cn/defaultroot/PortalInformation!getInformation.action?title=关于公布吉林大学2017年博士研究生兼职辅导员学生工作研究种子基金项目立项名单的通知&id=4704827&categoryName=校内通知&channelName=校内通知&fromflag=login&channelId=179577&orgname=学生工作部',0,0,100000,0,'',1,2,2);
/*!40000 ALTER TABLE `public_post` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2017-11-29 18:39:51
