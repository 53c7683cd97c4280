<%@page language="java" contentType="text/html; charset=utf-8"
		pageEncoding="utf-8" %>
<!DOCTYPE html>
<html>
	<head>
		<meta charset="UTF-8">
		<meta name="viewport" content="width=device-width,minimum-scale=1.0,maximum-scale=1.0,user-scalable=no" />
		<title>通知公告</title>
		<jsp:include page="../../common/common.jsp"/>
		<link rel="stylesheet" type="text/css" href="css/detail.css"/>
		<script type="text/javascript" src="${pageContext.request.contextPath}/www/common/js/jquery-3.2.1.min.js"></script>
		<script type="text/javascript" src="${pageContext.request.contextPath}/www/common/js/init-rem.js"></script>
	</head>
	<body>
		<div class="index">
			<div class="title">关于三月份对我校各处室（馆）工作纪律督查情况的通报</div>
			<div class="status">
				<span class="publisher">系统管理员</span>
				<span class="date">2018-11-20 13:20:15</span>
			</div>
			<div class="content">
				各处室（馆）：
					为深入推进“四风”纠治工作，努力营造风清气正的良好工作环境，近期校纪检监察室对我校工作纪律情况进行了专项督查，现督查情况通报如下：
						3月17日上午8点30分检查时，学校行政人员除因公出差和产假外，其他全部到岗；工作牌和党徽佩戴方面，人事处、教务处等处室做得较好。3月20日下午3点15分，对校专业技术人员的到岗、佩戴工作证和党徽情况进行了抽查，情况良好。
						今后校纪检监察室将采取定期或不定期的方式，希望各处室（馆）按照从严治校的工作要求
																	校监察室
																	2018年3月29日
			</div>
			<div class="filelist-title">附件</div>
			<div class="fileList">
				<div class="item">
					<div class="file-type">
						<img src="img/icon-excel.png" class="file-type-img" />
					</div>
					<div class="file-detail">
						<div class="file-title">省委党校干部教育学院常德学区人员名单</div>
						<div class="file-footer">
							<span>2018-11-20</span>
							<span>来自</span>
							<span>教务处</span>
						</div>
					</div>
				</div>
				<div class="item">
					<div class="file-type">
						<img src="img/icon-pdf.png" class="file-type-img" />
					</div>
					<div class="file-detail">
						<div class="file-title">省委党校干部教育学院常德学区人员名单</div>
						<div class="file-footer">
							<span>2018-11-20</span>
							<span>来自</span>
							<span>教务处</span>
						</div>
					</div>
				</div>
			</div>
		</div>
	</body>
</html>
