/*
 Navicat Premium Data Transfer

 Source Server         : boot_crm
 Source Server Type    : MySQL
 Source Server Version : 50729
 Source Host           : localhost:3306
 Source Schema         : graduation_design_management_system1

 Target Server Type    : MySQL
 Target Server Version : 50729
 File Encoding         : 65001

 Date: 06/03/2022 20:11:21
*/

SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;

-- ----------------------------
-- Table structure for announcement
-- ----------------------------
DROP TABLE IF EXISTS `announcement`;
CREATE TABLE `announcement`  (
  `id` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT '编号',
  `headline` varchar(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '标题',
  `content` varchar(512) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '内容',
  `create_date` datetime(0) NULL DEFAULT NULL COMMENT '创建时间',
  `del_flag` char(1) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '0' COMMENT '删除标记',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci ROW_FORMAT = Dynamic;

-- ----------------------------
-- Records of announcement
-- ----------------------------
INSERT INTO `announcement` VALUES ('1', '2131', '123', '2021-04-10 04:45:28', '1');
INSERT INTO `announcement` VALUES ('213', '123', '213', '2021-04-07 14:45:37', '1');
INSERT INTO `announcement` VALUES ('46f2c303afb744119444831ef3c46c6f', '23', '123', '2021-04-20 17:12:53', '1');
INSERT INTO `announcement` VALUES ('6095a731ac814bfc94ca97b7e498ebe9', '刚刚发布的题目111', '我相信你是可以的1112', '2021-04-22 23:29:17', '1');
INSERT INTO `announcement` VALUES ('7c812801c63c49bb9539b5262b63fede', 'asd', '阿松大', '2021-04-24 17:23:03', '1');
INSERT INTO `announcement` VALUES ('8a94e7a09a2147469bf173b97a9b41d2', '关于做好2021届毕业设计（论文）工作的通知', '各二级学院：\r\n\r\n毕业设计（论文）是学校教育教学内容的重要组成部分，是培养实践能力、创新能力、科学精神和创业精神的重要教学环节，毕业设计（论文）的质量也是衡量学校教学水平和质量的重要依据。近年来，教育部出台了《关于加快建设高水平本科教育全面提高人才培养能力的意见》（教高〔2018〕2号）、《关于狠抓新时代全国高等学校本科教育工作会议精神落实的通知》（教高函〔2018〕8号）、《关于严厉查处高等学校学位论文买卖、代写行为的通知》（教督厅函〔2018〕6号）等文件，对大学生毕业设计（论文）管理提出了要求。近期，教育部又下发了《关于对<学士学位论文（毕业设计）抽检办法（试行）>征求意见的函》，下一步，大学生毕业论文抽检将成为常态。为做好我校2021届毕业设计（论文）管理工作，现将有关要求通知如下：', '2021-04-23 21:02:19', '0');
INSERT INTO `announcement` VALUES ('b250d9b0f903456cb394a27054a8ec70', '企鹅舞', 'qw为请问', '2021-04-21 07:09:18', '1');
INSERT INTO `announcement` VALUES ('b8feb4c574cd49a1af98581c277edf34', '做好本科毕业论文工作安排', '大家需要根据抽查工作的时间适当地安排自己专业的毕业设计工作时间1', '2021-05-02 13:40:32', '1');
INSERT INTO `announcement` VALUES ('e3af255e9fda4e6a8bf65dc646d46141', '阿松大', '阿斯蒂芬萨芬', '2021-04-20 16:57:20', '1');
INSERT INTO `announcement` VALUES ('feb7ecefa96142ea9468f622c17c6871', '教育部关于印发《本科毕业论文（设计）抽检办法（试行）》的通知', '\"教育部关于印发《本科毕业论文（设计）抽检办法（试行）》的通知\"，请广大师生下载学习，并请严格按照毕业论文（设计）相关规定、规范做好各环节工作。', '2021-04-23 21:01:38', '0');

SET FOREIGN_KEY_CHECKS = 1;
