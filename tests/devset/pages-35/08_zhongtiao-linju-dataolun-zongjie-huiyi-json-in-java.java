package com.lfc.zhihuidangjianapp.ui.activity.fgt.home.act.bean;

import java.util.List;

/**
 * Created by ${TXY}
 * Created on 2019/9/18
 * PackageName com.lfc.zhihuidangjianapp.ui.activity.fgt.home.act.bean
 * REMARK ${REMARK}
 **/
public class ZtBean {


    /**
     * leadDemonstrationList : {"datas":[{"abstracts":"","author":"李彬彬","beginCreateDt":null,"comment":"<p><span style=\"color: rgb(51, 51, 51);\">        5月22日，中条林局组织召开\u201c改革创新、奋发有为\u201d大讨论交流总结会议。传达学习了省林草局大讨论交流总结会议精神，局属党支部代表进行了经验成果交流发言，党委书记、局长赵水清作了总结讲话。局党委班子成员、基层单位负责人、机关副科以上干部共计50余人参加会议。<\/span><\/p><p><span style=\"color: rgb(51, 51, 51);\">     <\/span><\/p><p><img src=\"http://183.203.31.103:8081/Path/20190629/be75d095-a371-4449-b0af-af620f532dba.JPG\"><\/p><p><span style=\"color: rgb(51, 51, 51);\">   <\/span><\/p><p><span style=\"color: rgb(51, 51, 51);\">       会议指出，\u201c改革创新、奋发有为\u201d大讨论是林局思想革新的一场\u201c猛烈风暴\u201d，作风转变的一次\u201c破茧力作\u201d，激发干劲的一篇\u201c热情宣言\u201d，为林局持续发展提供了强大的思想动力和智力支持，作用重大，意义深远。<\/span><\/p><p><span style=\"color: rgb(51, 51, 51);\">会议强调，大讨论开展四个多月来，全局干部职工思想观念明显转变，学习热情持续高涨、工作作风更加务实。但对标\u201c六破除\u201d\u201c六着力\u201d\u201c六坚持\u201d，思想开放不够、改革方向不清、发展冲劲不足、产业抓手不多、种苗特色不显、落实动力不强等问题和不足，依然是林局今后亟待破解的短板和难题；林局当前工作离省局党组提出的\u201c九大林区要成为推进林草事业高质量发展的九个标杆、九杆旗帜\u201d要求还有一定差距。<\/span><\/p><p><br><\/p><p><span style=\"color: rgb(51, 51, 51);\">      &nbsp;会议明确，全局上下要一如既往地坚持目标导向、问题导向和实践导向，对标一流、对标先进，全力推进现代化林区发展再上新层次。一是搭建智慧党建系统平台，全面提升党建管理能力，促使林局党建工作向\u201c数字化建账、信息化学习、系统化宣传、多元化教育、制度化管理、智能化运行\u201d的新阶段迈进；二是以承办省直林区半年工作会为契机，提升实体工程建设水平，全面展现林局\u201c现代化理念、科学化经营、系统化管护、系列化生产、国际化合作、精准化提升\u201d建设新成果；三是推进中德合作项目，打造集科研培训、样板展示、学术交流等功能于一体的森林经营示范区，用扎实的实体工程支撑起中德合作项目建设的丰硕成果；四是加强自然保护地建设，提高科研、监测和管理水平，做好混沟综合调查成果整理及生态功能价值评估工作，为国家公园申报打好扎实基础；五是广泛开展领题调研活动和项目课题研究，总结形成一批\u201c能示范带动、能全局推广\u201d的创新性经验，通过理念创新、技术创新，推动林区现代化发展水平的整体提升；六是持续推进创新引领型实体工程建设，以建立健康稳定的生态系统为目标，加大乡土阔叶树良种扩繁和珍稀树种培育的力度，培育优质苗木，培育良种壮苗，切实用种苗的现代化推动造林绿化和林区发展的现代化。<\/span><\/p><p><span style=\"color: rgb(51, 51, 51);\">&nbsp;<\/span><\/p><p><span style=\"color: rgb(51, 51, 51);\">       会议要求，局属各单位要积极行动起来，深刻领会交流总结会议精神，在成果转化上下功夫、出实招，将大讨论经验成果充分吸纳到本单位各项工作的谋划部署中，把大讨论成果转化为推动工作落实的有力举措、具体行动，全力推进各项工作又好又快发展，用优异的工作成绩向建国70周年献礼。<\/span><\/p>","createCode":"1375","createName":"段钧巍","createTime":1561867813000,"deptName":null,"deptNumber":null,"endCreateDt":null,"groupByClause":null,"idList":null,"ifPass":0,"ifTop":1,"isDeleteText":null,"isEnableText":null,"leadDemonstrationId":17,"leadDemonstrationType":1,"orderByClause":null,"pageNumber":1,"pageSize":10,"releaseDate":"2019-06-29","remark":null,"startIndex":0,"thumbnailAppUrl":null,"thumbnailSmallUrl":null,"thumbnailUrl":"Path/20190629/b027bb1b-b0e9-4c3d-a4d3-240401544c9a.JPG","title":"中条林局召开\u201c改革创新、奋发有为\u201d大讨论交流总结会议","topNum":2,"urlList":null,"uuId":null},
