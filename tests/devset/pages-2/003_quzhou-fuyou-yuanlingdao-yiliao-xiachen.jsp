<%@ page language="java" contentType="text/html; charset=UTF-8"
	pageEncoding="UTF-8"%>
<%@ taglib uri="http://java.sun.com/jsp/jstl/core" prefix="c"%>
<%@ taglib uri="http://java.sun.com/jstl/fmt" prefix="fmt"%>
<%@ taglib uri="http://java.sun.com/jsp/jstl/functions" prefix="fn"%>
<!DOCTYPE html>
<html>
<!--[if lt IE 7]>      <html class="no-js lt-ie9 lt-ie8 lt-ie7" lang=”zh”> <![endif]-->
<!--[if IE 7]>         <html class="no-js lt-ie9 lt-ie8" lang=”zh”> <![endif]-->
<!--[if IE 8]>         <html class="no-js lt-ie9" lang=”zh”> <![endif]-->
<!--[if gt IE 8]><!--> <html class="no-js" lang=”zh”> <!--<![endif]-->
 
<head>
<meta charset="utf-8">
 <title></title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="http://apps.bdimg.com/libs/jquerymobile/1.4.5/jquery.mobile-1.4.5.min.css">
<script src="http://apps.bdimg.com/libs/jquery/1.10.2/jquery.min.js"></script>
<script src="http://apps.bdimg.com/libs/jquerymobile/1.4.5/jquery.mobile-1.4.5.min.js"></script>
</head>
<style>
.foot {
    margin: 0 auto;
    padding-top: 10px;
    text-align: center;
    font-size:12px;
}
</style>
<body>
<div data-role="page">

   <div data-role="main" class="ui-content">
   
    <div class="continfo1">
    <style>
.rightContent div img{width:100%;}
.end p img{width:5%;}
.foot {
    margin: 0 auto;
    padding-top: 10px;
    text-align: center;
    
}

.rightTitle {
    color: #f66085;
    font-size: 20px;
    font-weight: bold;
    padding-bottom: 10px;
    padding-top: 10px;
    text-align: center;
    width: 100%;
}

.Time {
    font-size: 14px;
    margin-bottom: 5px;
    margin-top: 5px;
    text-align: center;
    width: 100%;
}

</style>

                    <div class="rightTitle">
                            院领导对接合作卫生院推进医疗资源下沉</div>
<div style="text-align: center;
    margin-top: 5px;
    margin-bottom: 5px;
    width: 100%;
    font-size: 20px;font-weight: bold;">
                            
                        </div>  
                        <div class="Time">
                            作者：姚有睿 &nbsp;&nbsp;&nbsp;&nbsp;加入时间：2016/7/14 8:21:38 &nbsp;&nbsp;&nbsp;&nbsp;来源：宣联科
                        </div>

                        <div class="rightContent">
                                                 <DIV><FONT size=4>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 7月12、13日，衢州市妇幼保健院院长余晓、副院长陈洁瑛、保健部主任陈卫红、医务科副科长周红梅一行，分别走访了开化县村头卫生院、音坑卫生院和衢江区横路卫生院，为“双下沉”工作取得实质性进展与3家卫生院负责人进行深入交流，并指导其开展相关工作。</FONT></DIV>
<DIV><FONT size=4></FONT>&nbsp;</DIV>
<DIV><IMG border=0 src="assets/image/productAdmin/news/new6/201607140823565.jpg"></DIV>
<DIV><FONT size=4 face=楷体>院领导在开化村头卫生院了解当地情况</FONT></DIV>
<DIV><FONT size=4></FONT>&nbsp;</DIV>
<DIV><FONT size=4>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 此前，为进一步深化城市优质医疗资源下沉，助推分级诊疗制度顺利实施，在6月初召开的全市市县医疗资源下沉工作推进会上，衢州市妇幼保健院与上述3家卫生院签订合作办医协议。</FONT></DIV>
<DIV><FONT size=4>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 此次下乡走访，围绕更好实现双相交流与合作，支援单位与受援单位积极发表意见和建议。余晓院长在交流时表示，根据受援卫生院的实际需求，衢州市妇幼保健院将结合自身特点，把优质医疗资源和优质医疗技术人才投入到基层，切实提升卫生院的诊疗能力，在满足基层百姓医疗需求的同时，实现支援单位与受援单位的双赢。</FONT></DIV>
<DIV><FONT size=4></FONT>&nbsp;</DIV>
<DIV><IMG border=0 src="assets/image/productAdmin/news/new6/20160714082677.jpg"></DIV>
<DIV><FONT size=4 face=楷体>在开化音坑卫生院对接合作项目</FONT></DIV>
<DIV>&nbsp;</DIV>
<DIV><FONT size=4>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 通过此次走访，针对卫生院的技术水平、辖区患者需求、人员配置等情况，衢州市妇幼保健院将细化合作内容，派驻专家重点扶持卫生院开展妇女保健与儿童保健项目，同时接收卫生院医师、护士来相应科室进修培训，进一步深化双方联系。</FONT></DIV>
<DIV><FONT size=4></FONT>&nbsp;</DIV>
<DIV><IMG border=0 src="assets/image/productAdmin/news/new6/201607140829323.jpg"></DIV>
<DIV><FONT size=4 face=楷体>走访衢江区横路卫生院</FONT></DIV><!--EndFragment-->
                                                      </div>
                                                      
       </div>                                               
                                                      
      <div class="end">
  <div class="foot">
    <p>医院地址:衢州市蝴蝶路147号 电话(传真):0570-3023043 技术支持：华顶网络      </p>
    <p>衢州市妇幼保健院版权所有！备案许可证编号：浙ICP备11014451 <script language="javascript" type="text/javascript" src="http://js.users.51.la/17708759.js"></script>
<noscript><a href="http://www.51.la/?17708759" target="_blank"><img alt="&#x6211;&#x8981;&#x5566;&#x514D;&#x8D39;&#x7EDF;&#x8BA1;" src="http://img.users.51.la/17708759.asp" style="border:none" /></a></noscript></p>
   <div style="text-align:center">
     <img src="assets/image/productAdmin/news/news1/blue.png">
  </div>
  </div>

  </div>

  </div>
  

</div> 

</body>
</html>
