<%@ page language="java" import="platform.education.user.contants.AbandonedDefaultStatus"
	contentType="text/html; charset=UTF-8" pageEncoding="UTF-8"%>
<%@ page import="platform.szxyzxx.web.common.contants.SysContants"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<%@ include file="/views/embedded/common.jsp"%>
<link href="${pageContext.request.contextPath}/res/css/extra/oa.css" rel="stylesheet">
<link href="${pageContext.request.contextPath}/res/css/extra/my.css" rel="stylesheet">
<title>通知公告</title>
<script type="text/javascript">
	
</script>
</head>
<body>
<div class="container-fluid">
		<jsp:include page="/views/embedded/navigation.jsp">
			<jsp:param value="fa-asterisk" name="icon"/>
			<jsp:param value="查看公告" name="title" />
			<jsp:param value="${param.dm}" name="menuId" />
		</jsp:include>
		<div class="row-fluid ">
			<div class="span12">
				<div class="content-widgets white">
					<div class="widget-head">
						<h3 class="x-head content-top">
							<a href="javascript:void(0);" class="on">申请报修</a><a
								href="javascript:void(0);" class="back right"><i
								class="fa fa-arrow-circle-left"></i>返回</a>
						</h3>
					</div>
					<div class="substance">
						<div class="title">岳阳市九中关于参加“岳阳市第三届美德少年评选表彰 学习宣传活动”的通知</div>
						<div class="time">学生处  2015-06-18 18:35</div>
						<p>各班主任老师：</p>
					　　<p>岳阳市文明办、团市委、市教育局决定共同主办“岳阳市第三届美德少年评选表彰和学习宣传活动”，现将有关事项
					通知如下，请各班认真组织相关活动。</p>
					　　<p class="bold">一、评选类型</p>
					　　<p>1．评选“岳阳市十佳美德少年”10人左右；</p>
					　　<p>2．评选“岳阳市百优美德少年”100人左右；</p>
					　　<p>3．全市所有中小学校共评选表彰约万名校级美德少年。</p>
					　　<p>本次评选表彰采取学校、县市区以及市三级逐层评、逐层推的方式，在“各地自行评”的基础进行“全市集中评”。
					即各县市区及市教育局各直属学校开展本地、本学校的美德少年评选表彰活动，在此基础上产生参加市级美德少年评选表
					彰活动的人选，并积极组织参与全市“十佳百优美德少年”的评选表彰和学习宣传活动。</p>
					　<p class="bold">　二、评选标准</p>
					　<p>　岳阳市美德少年基本标准为：突出考量家庭、学校、社会三大成长空间，突出从自己做起，从身边做起，从小事做起，
					自觉践行社会主义核心价值观，向上向善、品行优良，阳光健康、全面发展，突出在未成年人群体中能起到榜样作用，得
					到所在学校和社区的大力支持，在以下三个方面全面发展或某一方面事迹突出。具体包括如下三个方面：</p>
					　　<p>1．在家庭是好孩子：孝敬父母、尊敬长辈、学会自理、常做家务、勤俭节约、生活朴素。</p>
					　　<p>2．在学校是好学生：学习勤奋、创新发明、乐观向上、尊敬师长、团结同学、关心集体、爱护公物。</p>
					　　<p>3．在社会是好公民：遵章守纪、文明谦让、保护环境、诚实守信、拾金不昧、乐于助人。 </p>
					　　<p class="bold">三、评选步骤</p>
					　　<p class="bold">1．校级评选（5月上旬）</p>
					　　<p>校级美德少年由各班自评，根据美德少年的评选标准，各班确定一名校级美德少年，填写《岳阳市第三届美德少年候
					选人申报表》，撰写50字以内推荐词，5月12日之前将申报表与推荐词的电子稿发送到校团委邮箱（yysjztw@sina.com）。
					校团委制作宣传窗，颁发荣誉证书。</p>
					　　<p class="bold">2．推荐上报（5月中旬）</p>
					　　<p>校团委5月13日、14日组织开展市级美德少年候选人的评选，5月15日将名单和材料报市教育局，市教育局5月20日前报
					市组委会。</p>
					　　<p class="bold">3．市级评选（5月下旬）</p>
					　　<p>市组委会5月25日前对美德少年候选人事迹进行评审，确定“岳阳市百优美德少年”名单，从中投票确定10名“岳阳市
					十佳美德少年”，并在“六一”前夕进行隆重表彰，在市各主要媒体对当选的岳阳市“十佳百优美德少年”开展集中报道。</p>
					<div class="right_1">
						<p>岳阳市第九中学 </p>
	　　　　　　　　　　　　　<p>二〇一五年五月七日</p>
					</div>
					<div class="wendang"><p><a href="javascript:void(0)">岳阳市九中关于参加“岳阳市第三届美德少年评选表彰 学习宣传活动”的通知.doc</a></p></div>
					</div>
					<div class="back_btn"><button class="btn">返回</button></div>
				</div>
			</div>
		</div>
	</div>
</body>
</html>