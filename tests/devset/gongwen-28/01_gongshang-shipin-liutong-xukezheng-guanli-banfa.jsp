<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<title>文章管理</title>
<css>
	<link rel="stylesheet" href="${ctx}/static/assets/lib/kindeditor/themes/default/default.css" />
	<link rel="stylesheet" href="${ctx}/static/assets/app/css/management/articles.css" />
</css>
<body>


	<div class="main-container">
		<!-- Top Bar Starts -->
		<div class="top-bar clearfix">
			
	<div class="page-title">
		<h4>
			<div class="fs1" aria-hidden="true" data-icon="&#xe0ac;"></div>
			文章管理 <a href="javascript:void(0)" class="samll">法律政策</a>
		</h4>
	</div>

		</div>
		<!-- Top Bar Ends -->
		<!-- Container fluid Starts -->
		<div class="container-fluid">
			<!-- Spacer starts -->
			<div class="spacer-xs">

<div class="row no-gutter">
	<div class="col-md-12">
		<div class="panel">
			<div class="panel-heading">
				<h4>法律政策</h4>
			</div>
			<div class="panel-body">
				<form action="#" method="post" id="articleForm">
					<input type="hidden" id="no" name="no" value="0d266626-7fc8-4d4c-a077-ceb65aacd692" readonly>
					<input type="hidden" name="_method" value="PUT" readonly>
					<div class="form-group">
						<textarea id="context" name="context" style="width: 1000px; height:600px;"><p>
	<p class="p" align="center" style="text-align:center;">
		<span style="font-size:16px;">国家工商行政管理总局令</span>
	</p>
	<p class="p" align="center" style="text-align:center;">
		<span style="font-size:16px;">第</span><span style="font-size:16px;">44</span><span style="font-size:16px;">号</span>
	</p>
	<p class="p" style="text-align:center;">
		<span style="font-size:16px;"></span><span style="font-size:16px;">《食品流通许可证管理办法》已经中华人民共和国国家工商行政管理总局局务会审议通过，现予公布，自公布之日起施行。</span>
	</p>
	<p class="p" align="center" style="text-align:center;">
		<span style="font-size:16px;">局&emsp;长 &emsp;周伯华</span>
	</p>
	<p class="p" align="center" style="text-align:center;">
		<span style="font-size:16px;line-height:1.5;">二〇〇九年七月三十日</span>
	</p>
	<p class="p" align="center" style="text-align:center;">
		<span style="font-size:16px;line-height:1.5;"><br />
</span>
	</p>
	<p class="p" align="center" style="text-align:center;">
		<span style="font-size:16px;line-height:1.5;"><br />
</span>
	</p>
	<p class="p" align="center" style="text-align:center;">
		<b><span style="font-size:16px;">食品流通许可证管理办法</span></b>
	</p>
	<p class="p" align="center" style="text-align:center;">
		<b><span style="font-size:16px;">第一章&emsp;总&emsp;则</span></b>
	</p>
	<p class="p">
		<span style="font-size:16px;">&emsp;&emsp;</span>
	</p>
	<p class="p">
		<span style="font-size:16px;"></span><span style="font-size:16px;">第一条&emsp;为了规范食品流通许可行为，加强《食品流通许可证》管理，根据《中华人民共和国食品安全法》（以下简称《食品安全法》）、《中华人民共和国行政许可法》、《中华人民共和国食品安全法实施条例》（以下简称《食品安全法实施条例》）等有关法律、法规的规定，制定本办法。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第二条&emsp;食品流通许可的申请受理、审查批准以及相关的监督检查等行为，适用本办法。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第三条&emsp;在流通环节从事食品经营的，应当依法取得食品流通许可。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">取得食品生产许可的食品生产者在其生产场所销售其生产的食品，不需要取得食品流通的许可；取得餐饮服务许可的餐饮服务提供者在其餐饮服务场所出售其制作加工的食品，不需要取得食品流通的许可。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第四条&emsp;县级及其以上地方工商行政管理机关是食品流通许可的实施机关，具体工作由负责流通环节食品安全监管的职能机构承担。地方各级工商行政管理机关的许可管辖分工由省、自治区、直辖市工商行政管理局决定。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第五条&emsp;食品流通许可应当遵循依法、公开、公平、公正、便民、高效的原则。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第六条&emsp;食品经营者应当在依法取得《食品流通许可证》后，向有登记管辖权的工商行政管理机关申请办理工商登记。未取得《食品流通许可证》和营业执照，不得从事食品经营。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">法律、法规对食品摊贩另有规定的，依照其规定。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第七条&emsp;食品经营者的经营条件发生变化，不符合食品经营要求的，食品经营者应当立即采取整改措施；有发生食品安全事故的潜在风险的，应当立即停止食品经营活动，并向所在地县级工商行政管理机关报告；需要重新办理许可手续的，应当依法办理。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">县级及其以上地方工商行政管理机关应当加强对食品经营者经营活动的日常监督检查；发现不符合食品经营要求情形的，应当责令立即纠正，并依法予以处理；不再符合食品流通许可条件的，应当依法撤销食品流通许可。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第八条&emsp;任何组织或者个人有权举报《食品流通许可证》审核发放和监督检查过程中的违法行为，许可机关应当及时核实、处理。</span>
	</p>
	<p class="p" align="center" style="text-align:center;">
		<b><span style="font-size:16px;">第二章&emsp;申请与受理</span></b>
	</p>
	<p class="p">
		<span style="font-size:16px;"></span><span style="font-size:16px;">第九条&emsp;申请领取《食品流通许可证》，应当符合食品安全标准，并符合下列要求：</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（一）具有与经营的食品品种、数量相适应的食品原料处理和食品加工、包装、贮存等场所，保持该场所环境整洁，并与有毒、有害场所以及其他污染源保持规定的距离；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（二）具有与经营的食品品种、数量相适应的设备或者设施，有相应的消毒、更衣、盥洗、采光、照明、通风、防腐、防尘、防蝇、防鼠、防虫、洗涤以及处理废水、存放垃圾和废弃物的设备或者设施；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（三）有食品安全专业技术人员、管理人员和保证食品安全的规章制度；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（四）具有合理的设备布局和工艺流程，防止待加工食品与直接入口食品、原料与成品交叉污染，避免食品接触有毒物、不洁物。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第十条&emsp;申请领取《食品流通许可证》，应当提交下列材料：</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（一）《食品流通许可申请书》；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（二）《名称预先核准通知书》复印件；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（三）与食品经营相适应的经营场所的使用证明；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（四）负责人及食品安全管理人员的身份证明；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（五）与食品经营相适应的经营设备、工具清单；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（六）与食品经营相适应的经营设施空间布局和操作流程的文件；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（七）食品安全管理制度文本；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（八）省、自治区、直辖市工商行政管理局规定的其他材料。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">申请人委托他人提出许可申请的，委托代理人应当提交委托书以及委托代理人或者指定代表的身份证明。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">已经具有合法主体资格的经营者在经营范围中申请增加食品经营项目的，还需提交营业执照等主体资格证明材料，不需提交《名称预先核准通知书》复印件。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">新设食品经营企业申请食品流通许可，该企业的投资人为许可申请人；已经具有主体资格的企业申请食品流通许可，该企业为许可申请人；企业分支机构申请食品流通许可，设立该分支机构的企业为许可申请人；个人新设申请或者个体工商户申请食品流通许可，业主为许可申请人。申请人应当在申请书等材料上签字盖章。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第十一条&emsp;申请《食品流通许可证》所提交的材料，应当真实、合法、有效，符合相关法律、法规的规定。申请人应当对其提交材料的合法性、真实性、有效性负责。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第十二条&emsp;企业的分支机构从事食品经营，各分支机构应当分别申领《食品流通许可证》。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第十三条&emsp;许可机关收到申请时，应当对申请事项进行审查，并根据下列情况分别作出处理：</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（一）申请事项依法不需要取得《食品流通许可证》的，应当即时告知申请人不予受理；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（二）申请事项依法不属于许可机关职权范围的，应当即时作出不予受理的决定，并告知申请人向有关行政机关申请；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（三）申请材料存在可以当场更正的错误，应当允许申请人当场更正，由申请人在更正处签名或者盖章，注明更正日期；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（四）申请材料不齐全或者不符合法定形式的，应当当场或者五日内一次告知申请人需要补正的全部内容；当场告知时，应当将申请材料退回申请人；属于五日内告知的，应当收取申请材料并出具收到申请材料的凭据，逾期不告知的，自收到申请材料之日起即为受理；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（五）申请材料齐全、符合法定形式，或者申请人按照要求提交了全部补正材料的，许可机关应当予以受理。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">许可机关受理许可申请之后至作出许可决定之前，申请人书面要求撤回食品流通许可申请的，应当同意其撤回要求；撤回许可申请的，许可机关终止办理。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第十四条&emsp;许可机关对申请人提出的申请决定予以受理的，应当出具《受理通知书》；决定不予受理的，应当出具《不予受理通知书》，说明不予受理的理由，并告知申请人享有依法申请行政复议或者提起行政诉讼的权利。</span>
	</p>
	<p class="p" align="center" style="text-align:center;">
		<b><span style="font-size:16px;">第三章&emsp;审查与批准</span></b>
	</p>
	<p class="p">
		<span style="font-size:16px;"></span><span style="font-size:16px;">第十五条&emsp;食品流通许可事项包括经营场所、负责人、许可范围等内容。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">食品流通许可事项中的许可范围，包括经营项目和经营方式。经营项目按照预包装食品、散装食品两种类别核定；经营方式按照批发、零售、批发兼零售三种类别核定。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第十六条&emsp;许可机关应当审核申请人提交的相关材料是否符合《食品安全法》第二十七条第一项至第四项以及本办法的要求。必要时，可以按照法定的权限与程序，对其经营场所进行现场核查。材料审核和现场核查的具体办法由省、自治区、直辖市工商行政管理局制定。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">进行现场核查，许可机关应当指派两名以上执法人员参加并出示有效证件，申请人和食品经营者应当予以配合。现场核查应当填写《食品流通许可现场核查表》。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第十七条&emsp;对申请人提交的食品流通许可申请予以受理的，许可机关应当自受理之日起二十日内作出是否准予许可的决定。二十日内不能作出许可决定的，经许可机关负责人批准，可以延长十日，并应当将延长期限的理由告知申请人。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第十八条&emsp;许可机关作出准予许可决定的，应当出具《准予许可通知书》，告知申请人自决定之日起十日内，领取《食品流通许可证》；作出准予变更许可决定的，应当出具《准予变更许可通知书》，告知申请人自决定之日起十日内，换发《食品流通许可证》；作出准予注销许可决定的，应当出具《准予注销许可通知书》，缴销《食品流通许可证》。许可机关作出准予许可决定的，应当予以公开。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">许可机关作出不予许可决定的，应当出具《驳回申请通知书》，说明不予许可的理由，并告知申请人依法享有申请行政复议或者提起行政诉讼的权利。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第十九条&emsp;许可机关认为需要听证的涉及公共利益的重大许可事项，应当向社会公告，并举行听证。</span>
	</p>
	<p class="p" align="center" style="text-align:center;">
		<b><span style="font-size:16px;">第四章&emsp;许可的变更及注销</span></b>
	</p>
	<p class="p">
		<span style="font-size:16px;"></span><span style="font-size:16px;">第二十条&emsp;食品经营者改变许可事项，应当向原许可机关申请变更食品流通许可。未经许可，不得擅自改变许可事项。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第二十一条&emsp;食品经营者向原许可机关申请变更食品流通许可的，应当提交下列申请材料：</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（一）《食品流通变更许可申请书》；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（二）《食品流通许可证》正、副本；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（三）与变更食品流通许可事项相关的材料。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第二十二条&emsp;食品流通许可的有效期为</span><span style="font-size:16px;">3</span><span style="font-size:16px;">年。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">食品经营者需要延续食品流通许可的有效期的，应当在《食品流通许可证》有效期届满三十日前向原许可机关提出申请，换发《食品流通许可证》。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">办理许可证延续的，换发后的《食品流通许可证》编号不变，但发证年份按照实际情况填写，有效期重新计算。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第二十三条&emsp;有下列情形之一的，发放《食品流通许可证》的许可机关或者其上级行政机关，可以撤销已作出的食品流通许可：</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（一）许可机关工作人员滥用职权，玩忽职守，给不符合条件的申请人发放《食品流通许可证》的；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（二）许可机关工作人员超越法定权限发放《食品流通许可证》的；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（三）许可机关工作人员违反法定程序发放《食品流通许可证》的；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（四）依法可以撤销食品流通许可的其他情形。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">食品经营者以欺骗、贿赂等不正当手段和隐瞒真实情况或者提交虚假材料取得食品流通许可，应当予以撤销。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">依照前两款规定撤销食品流通许可，可能对公共利益造成重大损害的，不予撤销。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第二十四条&emsp;有下列情形之一的，许可机关应当依法办理食品流通许可的注销手续：</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（一）《食品流通许可证》有效期届满且食品经营者未申请延续的；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（二）食品经营者没有在法定期限内取得合法主体资格或者主体资格依法终止的；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（三）食品流通许可依法被撤销，或者《食品流通许可证》依法被吊销的；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（四）因不可抗力导致食品流通许可事项无法实施的；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（五）依法应当注销《食品流通许可证》的其他情形。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第二十五条&emsp;食品经营者申请注销《食品流通许可证》的，应当向原许可机关提交下列申请材料：</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（一）《食品流通注销许可申请书》；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（二）《食品流通许可证》正、副本；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（三）与注销《食品流通许可证》相关的证明文件。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">许可机关受理注销申请后，经审核依法注销《食品流通许可证》。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第二十六条&emsp;食品经营者遗失《食品流通许可证》的，应当在报刊上公开声明作废，并持相关证明向原许可机关申请补办。经批准后，由原许可机关在二十日内补发《食品流通许可证》。</span>
	</p>
	<p class="p" align="center" style="text-align:center;">
		<b><span style="font-size:16px;">第五章&emsp;许可证的管理</span></b>
	</p>
	<p class="p">
		<span style="font-size:16px;"></span><span style="font-size:16px;">第二十七条&emsp;《食品流通许可证》分为正本、副本。正本、副本具有同等法律效力。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">《食品流通许可证》正本、副本式样，以及《食品流通许可申请书》、《食品流通变更许可申请书》、《食品流通注销许可申请书》等式样，由国家工商行政管理总局统一制定。省、自治区、直辖市工商行政管理局负责本行政区域《食品流通许可证》及相关申请文书的印制、发放和管理。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第二十八条&emsp;《食品流通许可证》应当载明：名称、经营场所、许可范围、主体类型、负责人、许可证编号、有效期限、发证机关及发证日期。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第二十九条&emsp;《食品流通许可证》编号由两个字母</span><span style="font-size:16px;">+</span><span style="font-size:16px;">十六位数字组成，即：字母</span><span style="font-size:16px;">SP+</span><span style="font-size:16px;">六位行政区划代码</span><span style="font-size:16px;">+</span><span style="font-size:16px;">两位发证年份</span><span style="font-size:16px;">+</span><span style="font-size:16px;">一位主体性质</span><span style="font-size:16px;">+</span><span style="font-size:16px;">六位顺序号码</span><span style="font-size:16px;">+</span><span style="font-size:16px;">一位计算机校验码。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">《食品流通许可证》具体编号规则另行制定。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第三十条&emsp;食品经营者取得《食品流通许可证》后，应当妥善保管，不得伪造、涂改、倒卖、出租、出借，或者以其他形式非法转让。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">食品经营者应当在经营场所显著位置悬挂或者摆放《食品流通许可证》正本。</span>
	</p>
	<p class="p" align="center" style="text-align:center;">
		<b><span style="font-size:16px;">第六章&emsp;监督检查</span></b>
	</p>
	<p class="p">
		<span style="font-size:16px;"></span><span style="font-size:16px;">第三十一条&emsp;县级及其以上地方工商行政管理机关应当依据法律、法规规定的职责，对食品经营者进行监督检查。监督检查的主要内容是：</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（一）食品经营者是否具有《食品流通许可证》；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（二）食品经营者的经营条件发生变化，不符合经营要求的，经营者是否立即采取整改措施；有发生食品安全事故的潜在风险的，经营者是否立即停止经营活动，并向所在地县级工商行政管理机关报告；需要重新办理许可手续的，经营者是否依法办理；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（三）食品流通许可事项发生变化，经营者是否依法变更许可或者重新申请办理《食品流通许可证》；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（四）有无伪造、涂改、倒卖、出租、出借，或者以其他形式非法转让《食品流通许可证》的行为；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（五）聘用的从业人员有无身体健康证明材料；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（六）在食品贮存、运输和销售过程中有无确保食品质量和控制污染的措施；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（七）法律、法规规定的其他情形。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第三十二条&emsp;县级及其以上地方工商行政管理机关应当对食品经营者建立信用档案，记录许可颁发、日常监督检查结果、违法行为查处等情况。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">对食品经营者从事食品经营活动进行监督检查时，工商行政管理机关应当将监督检查的情况和处理结果予以记录，由监督检查人员和食品经营者签字确认后归档。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">工商行政管理机关在办理企业年检、个体工商户验照时，应当按照企业年检、个体工商户验照的有关规定，审查《食品流通许可证》是否被撤销、吊销或者有效期限届满。对《食品流通许可证》被撤销、吊销或者有效期限届满的，登记机关按照有关规定，责令其办理经营范围的变更登记或者注销登记。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第三十三条&emsp;许可申请人隐瞒真实情况或者提供虚假材料申请食品流通许可的，工商行政管理机关不予受理或者不予许可，申请人在一年内不得再次申请食品流通许可。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">被许可人以欺骗、贿赂等不正当手段取得食品流通许可的，申请人在三年内不得再次申请食品流通许可。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">被吊销食品生产、流通或者餐饮服务许可证的，其直接负责的主管人员自处罚决定作出之日起五年内不得从事食品经营管理工作。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">食品经营者聘用不得从事食品生产经营管理工作的人员从事管理工作的，由原发证部门吊销许可证。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第三十四条&emsp;有下列情形之一的，依照法律、法规的规定予以处罚。法律、法规没有规定的，责令改正，给予警告，并处以一万元以下罚款；情节严重的，处以一万元以上三万元以下罚款：</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（一）未经许可，擅自改变许可事项的；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（二）伪造、涂改、倒卖、出租、出借《食品流通许可证》，或者以其他形式非法转让《食品流通许可证》的；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（三）隐瞒真实情况或者提交虚假材料申请或者取得食品流通许可的；</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">（四）以欺骗、贿赂等不正当手段取得食品流通许可的。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">依照《中华人民共和国行政处罚法》的规定，对主动消除、减轻危害后果，或者有其他法定情形的，可以从轻或者减轻处罚；对违法情节轻微并及时纠正、没有造成危害后果的，不予处罚。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第三十五条&emsp;食品经营者对工商行政管理机关的处罚决定不服的，可以依法申请行政复议或者提起行政诉讼。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第三十六条&emsp;食品经营者在营业执照有效期内被依法注销、撤销、吊销食品流通许可，或者《食品流通许可证》有效期届满的，应当在注销、撤销、吊销许可或者许可证有效期届满之日起三十日内申请变更登记或者办理注销登记。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第三十七条&emsp;工商行政管理机关工作人员玩忽职守、滥用职权、徇私舞弊的，依法追究有关人员的行政责任；构成犯罪的，依法追究刑事责任。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第三十八条&emsp;工商行政管理机关应当依法建立食品流通许可档案。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">借阅、抄录、携带、复制档案资料的，依照法律、法规及国家工商行政管理总局有关规定执行。任何单位和个人不得修改、涂抹、标注、损毁档案资料。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第三十九条&emsp;工商行政管理机关应当加强与同级食品安全综合协调部门的工作联系，及时通报食品流通许可有关信息。</span>
	</p>
	<p class="p" align="center" style="text-align:center;">
		<b><span style="font-size:16px;">第七章&emsp;附&emsp;则</span></b>
	</p>
	<p class="p">
		<span style="font-size:16px;"></span><span style="font-size:16px;">第四十条&emsp;食品经营者在本办法施行前已领取《食品卫生许可证》的，原许可证继续有效。原许可证许可事项发生变化或者有效期届满，食品经营者应当按照本办法的规定提出申请，经许可机关审核后，缴销《食品卫生许可证》，领取《食品流通许可证》，并按照属地管辖的原则，由当地工商行政管理机关依法监督检查。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">对《食品卫生许可证》继续有效的食品经营者，工商行政管理机关应当按照《食品安全法》、《食品安全法实施条例》及本办法的规定，定期或者不定期进行监督检查。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第四十一条&emsp;实施食品流通许可所需的经费，应当列入本行政机关预算。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第四十二条&emsp;省、自治区、直辖市工商行政管理局可以根据本地实际情况，制定具体实施办法。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第四十三条&emsp;本办法由国家工商行政管理总局负责解释。</span><br />
<span style="font-size:16px;"></span><span style="font-size:16px;">第四十四条&emsp;本办法自公布之日起施行。</span>
	</p>
</p>
<p>
	<br />
</p></textarea>
					</div>
					<div class="form-group">
						<a href="javascript:alert('暂未实现保存,请等待....')" class="btn btn-sm btn-danger">保存</a>
					</div>
			</form>
			</div>
		</div>
	</div>
</div>

			</div>
			<!-- Spacer ends -->
		</div>
		<!-- Container fluid ends -->
	</div>

</body>

<js>
	<script type="text/javascript" src="${ctx}/static/assets/lib/kindeditor/kindeditor-all-min.js"></script>
	<script type="text/javascript" src="${ctx}/static/assets/lib/kindeditor/lang/zh-CN.js"></script>
	<script type="text/javascript" src="${ctx}/static/assets/app/js/management/articles.js"></script>
</js>