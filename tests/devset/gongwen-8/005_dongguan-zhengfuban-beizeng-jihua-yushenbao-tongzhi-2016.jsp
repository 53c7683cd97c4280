<%@ page language="java" import="java.util.*" pageEncoding="utf-8"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">

<head>
   
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></meta>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, minimum-scale=1.0, user-scalable=0"></meta>
    <title>东莞科星泰科技有限公司</title>   
    <link href="favicon.ico" rel="shortcut icon"></link>
    <link href="../../images/css/common.css" rel="stylesheet" type="text/css"></link>
    <link href="../../images/css/banner.css" rel="stylesheet" type="text/css"></link>
    <script type="text/javascript" src="../../images/js/jquery-1.8.3.min.js"></script>
    <script type="text/javascript" src="../../images/js/js.js"></script>
    <script type="text/javascript" src="../../images/js/common.js"></script>   
    
</head>



<body>

<script type="text/javascript" src="../../images/js/html5.js"></script>


      <div class="top">
        <div class="topbar wrap clearfix">
            <div class="topbar-l fl">
                &nbsp; &nbsp;您好，欢迎来到科星泰科技服务有限公司官网！
            </div>
            <div class="topbar-r hidden_xs fr">
                <a href="" >办公信息登录</a>
                <a href="javascript:;">加入收藏</a>
                <a href="../../redirect.jsp">在线留言</a>
                <a href="../../contact.jsp">联系我们</a>
                
            </div>
        </div>
    </div>

      <!-- PC 端头部 -->
    <header class="header hidden_xs clearfix">
        <div class="wrap clearfix">
            <div class="logo fl">
    			<a href="javascript:;" class="clearfix">
                    <div class="logoimg fl"><img src="../../images/logo2.png" alt="东莞科星泰科技服务有限公司"></div>
                    <div class="company_name fl">
                        <p class="company_name_title">东莞科星泰科技服务有限公司</p>
                        <p class="company_name_ps">Dongguang Cosinetech Technology Service Limited</p>
                    </div>
                </a>
    		</div>
            <div class="tel fr">
                <p class="top_number_ps">服务热线：</p>
                <p class="top_number">13632839409</p>
            </div>
        </div>
        <!-- pc版导航 -->
        <nav class="nav  clearfix">
            <div class="menu wrap">
                <ul>
                <li class="mainlevel">
                        <a href="../../MyJsp.jsp">首页</a>                       
                </li>
               <span>|</span>
                    <li class="mainlevel">
                        <a href="../../topic/onepage.jsp">关于我们</a>
                        <div class="submenu menuitem2 clearfix" style="">
                            <em></em>
                            <div class="sub-left"></div>
                            <div class="sub-center">
                                <dl style="border: medium none;">
                                    <dt><a href="javascript:;">走进科星泰科技</a></dt>
                                    <dd>
                                        <a href="../../topic/onepage.jsp">企业简介</a>
                                    </dd>
                                    <dd>
                                        <a href="javascript:;">品牌释义</a>
                                    </dd>
                                    <dd>
                                        <a href="javascript:;">企业理念</a>
                                    </dd>
                                    <dd>
                                        <a href="javascript:;">战略合作</a>
                                    </dd>
                                    <dd>
                                        <a href="javascript:;">组织架构</a>
                                    </dd>
                                    <dd>
                                        <a href="javascript:;">荣誉资质</a>
                                    </dd>
                                </dl>
                            </div>
                            <div class="sub-right"></div>
                        </div>
                    </li>
                    <span>|</span>
                    <li class="mainlevel">
                        <a href="">服务中心</a>
                        <div class="submenu menuitem3 clearfix" style="">
                            <em></em>
                            <div class="sub-left"></div>
                            <div class="sub-center">
                                <dl style="border: medium none;">
                                    <dt><a href="javascript:;">服务项目</a></dt>
                                   <dd>
                                        <a href="../patent/List_Bussione.jsp">专利商标服务</a>
                                    </dd>
                                    <dd>
                                        <a href="../robot/List_Bussitwo.jsp">机器换人项目</a>
                                    </dd>
                                    <dd>
                                        <a href="../produce/List_Bussithree.jsp">研发费用加计扣除</a>
                                    </dd>
                                    <dd>
                                        <a href="../assess/List_Bussifour.jsp">双软企业认定/评估</a>
                                    </dd>
                                    <dd>
                                        <a href="List_Bussifive.jsp">国省市级科技项目认定</a>
                                    </dd> 
                                     <dd>
                                        <a href="../hightec/List_Bussisix.jsp">高新技术企业认定/培育</a>
                                    </dd> 
                                     <dd>
                                        <a href="../comput/List_Bussiseven.jsp">计算机软件/作品著作权申请</a>
                                    </dd>              
                                </dl>
                                
                            </div>
                            <div class="sub-right"></div>
                        </div>
                    </li>
                    <span>|</span>                                      
                    <li class="mainlevel">
                        <a href="">媒体中心</a>
                        <div class="submenu menuitem4 clearfix">
                            <em></em>
                            <div class="sub-left"></div>
                            <div class="sub-center">
                                <dl style="border: medium none;">
                                    <dt><a href="javascript:;">团队建设</a> </dt>
                                </dl>
                                <dl>
                                    <dt><a href="javascript:;">今日佳汇</a> </dt>
                                </dl>
                                <dl>
                                    <dt><a href="javascript:;">行业资讯</a> </dt>
                                </dl>
                                <dl>
                                    <dt><a href="javascript:;">经销商动态</a> </dt>
                                </dl>                               
                            </div>
                            <div class="sub-right"></div>
                        </div>
                    </li>
                    <span>|</span>
                    <li class="mainlevel">
                        <a href="">人力资源</a>
                        <div class="submenu menuitem5 clearfix">
                            <em></em>
                            <div class="sub-left"></div>
                            <div class="sub-center">
                                <dl style="border: medium none;">
                                    <dt><a href="javascript:;">加入我们</a> </dt>
                                    <dd>
                                        <a href="javascript:;">社会招聘</a>
                                    </dd>
                                    <dd>
                                        <a href="javascript:;">校园招聘</a>
                                    </dd>
                                </dl>                                                               
                            </div>
                            <div class="sub-right"></div>
                        </div>
                    </li>
                    <span>|</span>
                    <li class="mainlevel">
                        <a href="">合作加盟</a>
                        <div class="submenu menuitem6 clearfix">
                            <em></em>
                            <div class="sub-left"></div>
                            <div class="sub-center">
                                <dl style="border: medium none;">
                                    <dt><a href="javascript:;">加盟优势</a> </dt>
                                </dl>
                                <dl>
                                    <dt><a href="javascript:;">加盟条件</a> </dt>
                                </dl>
                                <dl>
                                    <dt><a href="javascript:;">加盟流程</a> </dt>
                                </dl>
                                <dl>
                                    <dt><a href="javascript:;">在线申请</a> </dt>
                                </dl>
                            </div>
                            <div class="sub-right"></div>
                        </div>
                    </li>
                    <span>|</span>
                    <li class="mainlevel li-last">
                        <a href="../../topic/contact.jsp">联系我们</a>
                        <div class="submenu menuitem7 clearfix">
                            <em></em>
                            <div class="sub-left"></div>
                            <div class="sub-center">
                                <dl style="border: medium none;">
                                    <dt><a href="../../topic/contact.jsp">联系方式</a> </dt>
                                </dl>
                                <dl>
                                    <dt><a href="../../topic/Write.jsp">在线留言</a> </dt>
                                </dl>
                            </div>
                            <div class="sub-right"></div>
                        </div>
                    </li>
                </ul>
            </div>
        </nav>
    </header>


<!-- =======================以上为公共头部 ======================  -->

    <!--head end-->
    <link href="../../images/css/inner.css" rel="stylesheet" type="text/css">
    <div class="obanner">
        <!-- pc端banner -->
        <img src="../../images/7.png" class="hidden_xs" width="100%" alt="" />
        
    </div>
    <div class="bread">
        <div class="bread_text wrap">
            <span>当前位置：<a href="../../MyJsp.jsp">首页</a><span>&gt;</span> <a href="javascript:;">业务详情</a><span>&gt;</span> <a href="List_Bussifive.jsp">机器换人项目</a><span>&gt;</span> </span>
        </div>
    </div>
    <!--inner start -->
    <div class="inner wrap clearfix">

            <aside class="left">
            <div class="navbox">
                <div class="nav-title">
                    <h2>科星泰科技</h2>
                    <span class="icon_dot"></span>
                </div>
                <div class="nav-con">
                    <dl>
                        <dt class="selected"><span class="common-img flex minus"></span><a href="javascript:;">业务详情</a> </dt>
                        <div class="su_leftmenu">
                           		<dd>
                                    <a href="../patent/List_Bussione.jsp">专利商标服务</a>
                                </dd>
                                <dd>
                                    <a href="../robot/List_Bussitwo.jsp">机器换人项目</a>
                                </dd>
                                <dd>
                                    <a href="../produce/List_Bussithree.jsp">研发费用加计扣除</a>
                                </dd>
                                <dd>
                                    <a href="../assess/List_Bussifour.jsp">双软企业认定/评估</a>
                                </dd>                                                            
                                <dd class="left_navactive">
                                    <a href="List_Bussifive.jsp">国省市级科技项目认定</a>
                                </dd>
                                <dd>
                                    <a href="../hightec/List_Bussisix.jsp">高新技术企业培育/认定</a>
                                </dd>
                                <dd>
                                    <a href="../comput/List_Bussiseven.jsp">计算机软件/作品著作权申请</a>
                                </dd>   
                        </div>
                    </dl>                   
                </div>
            </div>
        </aside>
        
        <div class="right">
            <div class="title"><h1>关于组织实施东莞市重点企业规模与效益倍增计划”预申报的通知 </h1>
            </div>
            <div class="content clearfix">
 
<strong>发布时间：2017-09-25 03:02:50 </strong>
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
<script type="text/javascript" src="../../images/js/count.js"></script>
</br>
为深入贯彻市委、市政府的重点工作部署，着力推动新旧动能转换，提升东莞产业综合竞争力和可持续发展能力，我市将实施重点企业规模与效益“倍增计划”，在全市选取200家企业作为试点，通过全面梳理企业发展需求、靶向配置要素供给，精准施策，力争试点企业于“十三五”期间实现规模与效益“倍增”，整体带动面上存量企业的“倍增”。现就遴选试点企业的预申报工作通知如下：</br> 
</br>

一、遴选企业数量</br>
全市从民营制造企业、高新技术企业、外商投资企业、已上市或已挂牌“新三板”及上市后备企业中，共遴选出“倍增计划”的200家试点企业和40家后备企业。 </br>


二、企业申报条件</br>
（一）企业在莞注册、纳税，具有独立法人资格。</br>
（二）依法经营，诚实守信。企业环境信用评价等级不能为红牌；企业为我市重点用能单位的，其年度考核不能为“未完成等级”。</br>
（三）遴选目标重点为我市制造业企业和生产性服务业企业。</br>
（四）2015年营业收入原则上不低于2000万元、营业收入增长不低于10%、利润总额为正数（对于新设并已投产企业，属于各镇重点引进项目企业的，收入要求可适当放宽）。</br>
（五）具有良好发展基础，所在产业发展前景好，拥有优秀的管理团队和技术团队。</br>
（六）有明确的“倍增”方案，具有强烈“倍增”意愿。</br>
（七）具备科技创新、总部经济、兼并重组、服务型制造、产业链整合、资本运营、创新招商等七大成长驱动因素的一项或多项。其中：科技创新驱动，侧重选取研发投入较大、拥有较多专利、知识产权及技改投入较大的企业；总部经济驱动，侧重选取已在我市建立总部以及正在启动总部建设的大型企业；兼并重组驱动，侧重选取有兼并重组计划的大型企业；服务型制造驱动，侧重选中小型新型业态、定制化生产的企业；产业链整合驱动，侧重选取先进制造业中的龙头制造企业和具有整合上下游产供销环节的企业；资本运营驱动，侧重选取上市后备企业及上市梯度企业库中，上市条件较为成熟的企业；创新招商驱动，侧重利用新的招商手段和方式，在基本不增加使用土地资源条件下招引投资强度大、单位产值高、要素需求少的高端新产业。另外，如企业具备其他符合集约型经济发展的创新性要素，同样可视作具备成长驱动因素。</br>
具体的条件、程序以及扶持政策可登陆“智造东莞”平台（http://www.imdg.gov.cn）或其他媒体，查阅《关于推进重点企业规模与效益“倍增计划”全面提升产业集约发展水平的意见（征求意见稿）》、《关于推进重点企业规模与效益“倍增计划”全面提升产业集约发展水平的实施方案（征求意见稿）》的相关内容。 </br>


三、申报资料</br>
（一）《东莞市重点企业规模与效益“倍增计划”申请表》（网上系统生成）。</br>
（二）企业工商营业执照（非三证合一企业需同时提供组织机构代码证和税务登记证）、公司章程、法定代表人身份证复印件。</br>
（三）2014年度、2015年度财务报表和增值税纳税申报表复印件。</br>
（四）2016年度前三季度财务报表和增值税纳税申报表复印件。</br>
（五）企业“倍增”方案（如企业选择三年倍增，提供三年期方案；如选择五年倍增，提供五年期方案）。</br>
（六）驱动要素佐证材料（分为科技创新、总部经济、兼并重组、服务型制造、产业链整合、资本运营、创新招商和其他共八类。根据自主选择的驱动要素，结合企业实际，提供佐证资料。如企业选择科技创新要素，可提供研发投入情况，创新产业化情况等；选择兼并重组要素，可提供兼并重组计划及目前进展情况等；选择资本运营要素，可提供上市计划及目前的进度情况等）。</br>
以上资料（包括表格、复印件等佐证材料）均通过“智造东莞”平台网上提交。 </br>


四、申报及遴选程序</br>
（一）发布预申报通知。市政府发布东莞市重点企业规模与效益“倍增计划”的预申报通知，组织发动符合条件企业申报。</br>
（二）企业申报。企业根据预申报通知要求，以自愿为原则，可自行登录“智造东莞”平台（http://www.imdg.gov.cn，首次使用企业请注册登录）内的申报系统自行直接申报，也可以由镇街（园区）、部门推荐申报；进入企业规模与效益“倍增计划”专项，网上填报申请表，并上传有关资料。待市政府的2017年1号文以及“倍增计划”申报正式通知下发后，由企业法人代表正式签字确认，完成整个申报工作程序。</br>
（三）形式审查。市经信局对企业网上申报材料进行形式审查，主要针对企业所填材料的完整性、规范性和条件符合性进行初审，并反馈企业按形式审查的修改意见尽快完善申报材料；同时函请税务、统计等部门核对企业提交的相关数据。市经信局将通过形式审查的企业名单发至相应镇街（园区）并征求其意见。</br>
（四）遴选委员会评审。由相关部门联合财务、技术、金融、法律等领域的专家组成遴选委员会，组织评审。由专家团队对照企业成长驱动要素、所属产业发展前景和企业经营现状、财务指标等，对申报企业进行综合评定，并现场核对、确认申报材料原件。相关部门根据专家团队意见，结合“倍增”的可行性、创新性、示范性三大原则遴选出200家试点企业及40家后备企业。</br>
（五）征求部门意见及社会公示。</br>
（六）通报纳入“倍增计划”试点企业及后备企业名单。 </br>


五、工作要求</br>
（一）各镇街（园区）要高度重视市级“倍增计划”工作，积极发动辖下企业开展预申报和接下来的正式申报工作。</br>
（二）市经信局、市商务局、市科技局和市金融工作局要积极做好“倍增计划”的政策宣传和申报动员工作，通过各种方式辅导有意愿的企业进行申报。</br>
（三）企业应于2016年12月31日17:30前在网上完成预申报工作，并积极配合补充、完善相关申报材料；遴选委员会将在市政府2017年1号文以及申报正式通知（预计1月上旬）下发后统一启动试点企业遴选。 </br>


六、联系方式</br>
联 系 人：市经信局企业促进科 王国伟 黎晓红</br>
联系电话：22220117，22220109</br>
地 址：南城区鸿福西路68号塞纳城市嘉园二楼</br>
申报网址：http://www.imdg.gov.cn </br>

附件：东莞市重点企业规模与效益“倍增计划”申请表 </br>

<div class="fr"><strong>东莞市人民政府办公室<br> 2016年12月20日</strong></div>
</br></br>
<HR width="100%" color=#1E90FF size=3 />
 <div class="fl a1">
 上一个：<a href="4.jsp">《关于组织开展东莞市“倍增计划”专业服务资源池备案工作的通知》</a><br/>
 下一个：<a href="6.jsp">东莞市企业研究开发财政补助</a>
 </div>

                </div>               
            </div>
        </div>
        <!--inner end-->
<!-- ===============================以下为公共底部 ======================-->

    <!--footer start-->
    
    
      <footer class="footer">
        <div class="footer_top wrap clearfix">
            <a href="javascript:;" class="friend-ico"><img src="../../images/footer_logo1.jpg" alt=""></img></a>
            <a href="javascript:;" class="friend-ico"><img src="../../images/footer_logo2.jpg" alt=""></img></a>
            <div class="top_right fr">
                <ul>
                    <li><a href="javascript:;">OA系统</a></li>
                    <span>|</span>
                    <li><a href="javascript:;">法律声明</a></li>
                    <span>|</span>
                    <li><a href="javascript:;">隐私保护</a></li>
                    <span>|</span>
                    <li><a href="javascript:;">联系我们</a></li>
                    <span>|</span>                  
                </ul>
                <p>版权所有 cyx 13433633780 </p>
            </div>
        </div>
        <div class="footer_bottom">
            <div class="wrap clearfix">
                <div class="bottom_left">
                    <div class="footer_logo table_box">
                        <div class="table_cell">
                             <img src="../../images/footer_logo.png" alt=""/>
                        </div>
                    </div>
                    
                    <div class="company_info">
                       东莞市科星泰科技服务有限公司<br>
                        联系人：邓先生<br>
                        电话：13632839409<br>
                        邮箱：dengzhongyang@kexingtai.com<br>
                        网址：www.kexingtai.com<br>
                        地址：广东省东莞市松山湖高新区生产力大厦北区410<br>
                    </div>
                </div>
                <div class="bottom_right">
                    <div class="imgbox">
                        <img src="../../images/ma1.png" alt="" />
                        <p>扫码联系方式</p>
                    </div>
                    <div class="imgbox">
                        <img src="../../images/ma1.png" alt="" />
                        <p>扫码联系方式</p>
                    </div>
                </div>
            </div>
        </div>
</footer>

<!-- 百度分享 -->
<script>window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdMiniList":false,"bdPic":"","bdStyle":"0","bdSize":"16"},"slide":{"type":"slide","bdImg":"2","bdPos":"left","bdTop":"200"}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.com/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>
</body>

</html>