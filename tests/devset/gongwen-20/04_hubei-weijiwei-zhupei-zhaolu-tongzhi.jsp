<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>通知公告</title>
<jsp:include page="/jsp/hbres/htmlhead-hbres.jsp">
	<jsp:param name="font" value="true"/>
</jsp:include>
</head>

<body>
<div class="bd_bg">
<div class="yw">
 <div class="head">
   <div class="head_inner">
     <h1 class="logo">
       <a href="#"></a>
     </h1>
   </div>
 </div>

 <div class="body">
   <div class="container">
      <div class="yw">
 <div class="head">
   <div class="head_inner">
     <h1 class="logo">
       <a href="#"></a>
     </h1>
   </div>
 </div>

 <div class="body">
   <div class="container">
      <div class="notice">
        <h1>毕业理论考试时间安排</h1>
        <p>
        	</p><p><span style="font-size:16px;font-family:宋体">各相关高等医学院校，各市、州、直管市、林区卫生计生委，各住院医师规范化培训基地医院：</span></p><p style="text-indent:32px"><span style="font-size:16px;font-family:宋体">根据湖北省卫生和计划生育委员会工作安排，为进一步做好我省住院医师规范化培训招录工作，现将2015年招录工作有关事宜通知如下：</span></p><p><span style="font-size:16px;font-family:宋体">一、招录原则</span></p><p><span style="font-size:16px;font-family:宋体">&nbsp;&nbsp;</span><span style="font-size:16px;font-family:宋体">湖北省住院医师规范化培训实行全行业管理，学员的招录不受区域限制。请各基地医院严格对学员资格进行审查，择优录取，把好入口关。</span></p><p><span style="font-size:16px;font-family:宋体">二、招生条件</span></p><p style="text-indent:32px"><span style="font-size:16px;font-family:宋体">（一）高等院校西医医学类相应专业（临床医学类、口腔医学类）；</span></p><p style="text-indent:32px"><span style="font-size:16px;font-family:宋体">（二）普通本科以上学历（全科医学科可招收普通专科以上学历）的应、往届毕业生；</span></p><p style="text-indent:32px"><span style="font-size:16px;font-family:宋体">（三）往届毕业生应取得执业医师资格（医学检验专业除外）；</span></p><p style="text-indent:32px"><span style="font-size:16px;font-family:宋体">（四）委培学员须出具委培单位同意证明。</span></p><p><span style="font-size:16px;font-family:宋体">三、招生程序</span></p><p style="text-indent:32px"><span style="font-size:16px;font-family:宋体">（一）基地医院根据省厅批准的招生计划在5月31日前完成报名、考试和录取工作，具体程序如下：</span></p><p style="text-indent:32px"><span style="font-size:16px;font-family:宋体">1</span><span style="font-size:16px;font-family:宋体">、组织报名：所有申请在湖北省内的住院医师规范化培训基地医院进行培训的人员必须在专门的报名网站上进行网络报名，经审查合格后发放准考证(在规定时间内上网自行打印)。</span></p><p style="text-indent:32px"><span style="font-size:16px;font-family:宋体">2</span><span style="font-size:16px;font-family:宋体">、组织招生录取考试：考试分为笔试和技能操作考试、面试二个阶段。</span></p><p style="text-indent:32px"><span style="font-size:16px;font-family:宋体">第一阶段：笔试。笔试的主要内容是临床基本理论，涵盖下列课程，诊断学、医学影像学、内科学、外科学、妇产科学、儿科学、眼科学、耳鼻咽喉科学、皮肤性病学、神经内科学、传染病学、精神病学、核医学、康复医学、中医学和预防医学。全省统一组织考试，划定最低分数线后，各基地医院可根据报名情况自行确定进入第二阶段的分数线。</span></p><p style="text-indent: 32px"><span style="font-size:16px;font-family:宋体">第二阶段：技能操作考试和面试。技能操作考核必须从以下项目中至少选择8项进行考核：问诊、体格检查、心肺听诊、血压测量、心电图、影像学资料和临检资料判读、静脉采血、单人徒手心肺复苏、阴道检查、四步触诊、小儿测量、婴儿喂养、切开缝合、拆线换药、消毒铺巾、穿脱隔离衣；人数少的基地可进行床边考核，人数多的建议利用临床技能训练中心进行。</span></p><p style="text-indent: 32px"><span style="font-size:16px;font-family:宋体">面试：组织3-5人专家组（至少1名管理专家）考核学员的人际交往及医患沟通能力。</span></p><p style="text-indent:32px"><span style="font-size:16px;font-family:宋体">笔试、技能操作考试、面试均按百分制计分。</span></p><p style="text-indent:32px"><span style="font-size:16px;font-family:宋体">3</span><span style="font-size:16px;font-family:宋体">、录取：根据报考学员总成绩（笔试成绩*40%+技能操作考试*40%+面试成绩*20%）排序，从高到低确定预录取名单，发放预录取通知函。</span></p><p style="text-indent:32px"><span style="font-size:16px;font-family:宋体;color:red">4</span><span style="font-size:16px;font-family:宋体;color:red">、已通过国家研究生统一考试的专业学位研究生无须参加笔试，但技能操作考试和面试不得低于本通知的要求。可以不参加录取总成绩排序，但注册时占本文件附件1公布的招录计划。</span></p><p style="text-indent:32px"><span style="font-size:16px;font-family:宋体">（二）被录取学员确认接受一份预录取通知函（一旦学员确认接受一个基地预录取通知函，其他基地预录取通知函自动作废），于5月15日前到基地医院管理部门报到确认。</span></p><p style="text-indent:32px"><span style="font-size:16px;font-family:宋体">（三）各基地医院于5月25日前对报到的学员进行汇总，将登记表和统计表上报给市州卫生计生委。</span></p><p style="text-indent:32px"><span style="font-size:16px;font-family:宋体">（四）2015年5月31日前，各市州卫生计生委汇总辖区内基地医院录取学员登记表和统计表（纸质版和Excel版）向省毕业后医学教育研究中心上报，由省毕业后医学教育研究中心进行汇总，报省卫生计生委科教处审核，下发注册文件，各基地医院根据注册文件建立学员的培训档案。</span></p><p style="text-indent:32px"><span style="font-size:16px;font-family:宋体">（五）<span style="color:red">基地医院自行招聘的职工，若属于国家已开展住院医师规范化培训的专业，必须参加全省两个阶段的招生录取考试，注册时占本文件附件1公布的招录计划。</span></span></p><p style="text-indent:32px"><span style="font-size:16px;font-family:宋体">（六）建议有条件的市州卫生计生委统一组织辖区内的基地医院进行招生录取考试或委托第三方机构组织，以保证招录工作的公正性和公平性。</span></p><p><span style="font-size:16px;font-family:宋体">四、其他</span></p><p style="text-indent:32px"><span style="font-size:16px;font-family:宋体">（一）应届毕业生或暂无正式单位的人员以“行业人（原称为“社会人”）”身份招录，“行业人”身份的学员一经正式注册，请基地医院及时将其人事档案交当地卫生人才交流中心统一保存。部、省属医疗卫生单位及武汉市基地医院统一交省卫生人才交流中心保存。</span></p><p style="text-indent:32px"><span style="font-size:16px;font-family:宋体">（二）各市、州卫生计生委应制定本地区县级医疗机构2015年新进临床医师送培计划，要主动协调省内住院医师规范化培训基地医院，完成本地区的送培任务。</span></p><p style="text-indent:32px"><span style="font-size:16px;font-family:宋体">（三）各市州卫生计生委汇总辖区内基地医院招生录取考试资料（技能操作考核项目及形式，面试试题及评分标准，总成绩排序表）和学员注册登记表和统计表一起上报省毕业后医学教育研究中心存档。</span></p><p style="text-indent: 32px"><span style="font-size:16px;font-family:宋体">省毕业后医学教育研究中心联系人：杨明翰&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 联系电话：XXXXXXXXXXX</span></p><p><span style="font-size:16px;font-family:宋体">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; &nbsp;</span></p><p><br></p><p></p>
      </div>
   </div>
 </div>
</div>
   </div>
 </div>
</div>
</div>
 
 <div class="foot">
   <div class="foot_inner">
     <a>关于品德</a>丨
     <a>服务协议</a>丨
     <a>运营规范</a>丨
     <a>客服中心</a>丨
     <a>联系邮箱</a>丨
     Copyright © 2012-2015 Tencent. All Rights Reserved.
     
   </div>
 </div>

</body>
</html>
