<!DOCTYPE html>
<html lang="en">
<head>
	<?php include_once VIEWS.'inc/head.php'; ?>
</head>
<body>
	<?php include_once VIEWS.'inc/header.php'; ?>
	<div class="newsinfo">
		<div class="location">
			<span>当前位置：</span>
			<a href="<?php echo site_url('welcome'); ?>">首页></a>
			<a href="<?php echo site_url('news'); ?>">新闻中心></a>
			<a href="<?php echo site_url('news'); ?>">公司新闻></a>
			<a href="javascript:void(0)">正文</a>
		</div>
		<div class="newsinfo-box">
			<div class="info-head">
				<h3>四川铁科召开党委中心组学习会议 学先进转作风强执行</h3>
				<p>
					<span>2017-08-10</span><span>来源：四川铁科建设监理有限公司</span>
				</p>
			</div>
			<div class="info-itmes">
				<p>8月8日下午，四川铁科建设监理有限公司召开党委中心组（扩大）学习会议，会议以“学先进转作风强执行，全面推动下半年任务目标落实”为主题，重C点学习了全国和行业的先进人物事迹，传达了上级多个会议和文件精神。党委书记李明军主持学习会议并部署从严治党、加强基层项目党建工作，副总经理（主持工作）梁栋分析安全形势，部署下半年企业经营工作，党委委员、部门负责人参加学习。</p>
				<p>此次中心组会上，集中学习了全国优秀县委书记廖俊波同志先进事迹，学习了中铁科研院西北院风火山冻土科研团队的先进事迹。宣贯了铁路总公司、中国中铁股份公司安全生产电视电话会议精神，传达了中铁科研院安全生产管理会议精神和下半年党风廉政建设与反腐败联席会议精神。班子成员、机关部门负责人对照上级要求，谈学习体会，剖析了工作中存在的不足，订立了下步改进加强工作的措施。会议要求全体干部、党员立足岗位率先垂范，学先进转作风强执行，刻苦奋进，深入抓好企业管理、基层党建、党风廉政建设、项目安全生产，努力冲刺全年目标任务。</p>
			</div>
			<div class="info-btm">
				<p>上一篇：<a href="">长白铁路开通运营</a></p>
				<p>下一篇：<a href="">【通讯稿】：规范管理下足功夫 经营创新焕发活</a></p>
			</div>
		</div>
	</div>
	<?php include_once VIEWS.'inc/footer.php'; ?>
	</body>
</html>