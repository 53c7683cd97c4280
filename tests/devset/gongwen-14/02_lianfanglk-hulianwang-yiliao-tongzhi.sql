SET NAMES utf8mb4;

CREATE TABLE `nation_notice`  (
  `id` int(20) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT '通知的标题',
  `publish_time` date NOT NULL COMMENT '通知发布的日期和时间',
  `publisher` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT '发布通知的教师或工作人员的姓名',
  `publisher_id` int(20) NOT NULL COMMENT '发布通知的教师或工作人员的id',
  `content` varchar(5000) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT '通知的具体内容',
  `receiver` int(4) NULL DEFAULT NULL COMMENT '通知的接收者，班级 0 老师 1',
  `status` int(4) NOT NULL COMMENT '通知的状态，已发布 0、已撤销 1、已过期 2',
  `create_time` datetime NOT NULL COMMENT '通知创建时间',
  `update_time` datetime NOT NULL COMMENT '通知更新时间',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE = InnoDB AUTO_INCREMENT = 3 CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci ROW_FORMAT = Dynamic;

INSERT INTO `nation_notice` VALUES (2, '关于做好新冠肺炎互联网医疗服务的通知', '2023-05-04', '张三', 8, '各省、自治区、直辖市及新疆生产建设兵团应对新型冠状病毒肺炎疫情联防联控机制（领导小组、指挥部）：\n\n为贯彻落实《关于进一步优化落实新冠肺炎疫情防控措施的通知》，进一步发挥互联网医疗服务的积极作用，现就做好新冠肺炎互联网医疗服务有关工作通知如下：\n\n一、医疗机构（包括互联网医院、开展互联网诊疗服务的医疗机构）可以通过互联网诊疗平台，依据最新版新型冠状病毒肺炎诊疗方案有关要求，为出现新冠肺炎相关症状的患者、符合《新冠病毒感染者居家治疗指南》居家的，在线开具治疗新冠肺炎相关症状的处方，并鼓励委托符合条件的第三方将药品配送到患者家中。\n\n二、医疗机构开展互联网诊疗服务过程中，若发现患者病情出现变化或存在其他不适宜在线诊疗服务的，医师应当引导患者到实体医疗机构就诊。\n\n三、为方便人民群众获得健康咨询、就医指导、预约诊疗等服务，降低交叉感染风险，鼓励医疗机构提供24小时网上咨询服务，为儿童、孕产妇、老年人、透析患者和合并基础疾病的患者提供就医及心理咨询、用药指导等服务，同时积极开展分时段精准预约，缩短患者到院后等待时间。\n\n四、鼓励医联体内上级医院通过远程会诊、远程诊断、远程培训等方式提高基层医疗机构对高风险人群的识别、诊断和处置能力。\n\n五、县级及以上地方卫生健康行政部门应当加强对互联网诊疗服务的监管，医疗机构应当落实互联网诊疗服务的医疗质量安全责任，确保线上线下医疗服务一体化、医疗质量安全同质化。\n\n国务院应对新型冠状病毒肺炎疫情\n联防联控机制医疗救治组\n2022年12月11日', 0, 0, '2023-05-04 13:29:30', '2023-05-04 13:29:30');
