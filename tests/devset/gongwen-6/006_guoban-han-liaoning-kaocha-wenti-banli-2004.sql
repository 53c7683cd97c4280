INSERT INTO ge_policy_raw (id, crawl_url, crawl_time, index_number, title, release_office, release_number, policy_basis, wiritten_time, release_time, effect_time, content, image_url, status, html, remark) VALUES (6, 'http://www.gov.cn/zhengce/content/2018-12/24/content_5351707.htm', '2019-02-16 20:31:17', '000014349/2004-00209', '国务院办公厅关于辽宁省在曾培炎副总理考察工作时所提问题和建议办理情况的函', '国务院办公厅', '国办函〔2004〕57号', null, '2004-09-12 20:31:17', '2019-01-24 20:31:17', null, '<img src="http://www.gov.cn/zhengce/130.files/sendmail.gif" width="43" height="18" style="margin-right:12px;display:none;"> <a href="/zhengce/content/2018-12/24/content_5351707.htm#" class="black" onclick="javascript:window.external.AddFavorite(document.URL,document.title);return false"><img src="http://www.gov.cn/zhengce/130.files/save.gif" width="70" height="18" style="margin-right:12px;"></a> <a href="/zhengce/content/2018-12/24/content_5351707.htm#" onclick="javascript:window.print()"><img src="http://www.gov.cn/zhengce/130.files/openpage.gif" width="70" height="18" style="margin-right:12px;"></a> <a href="/zhengce/content/2018-12/24/content_5351707.htm#" onclick="window.close()"><img src="http://www.gov.cn/zhengce/130.files/close.gif" width="70" height="18" style="margin-right:12px;"></a>', null, '未处理', '<div class="wrap" style="font-family:宋体;"> 
 <table width="724" border="0" cellpadding="0" cellspacing="0" style="border:1px solid #999999;margin:0 auto;margin-top:10px;"> 
  <tbody> 
   <tr> 
    <td>
     <table width="660" border="0" cellpadding="0" cellspacing="0" class="bd1" style="width:660px;margin:0 auto;margin-top:12px;"> 
      <tbody> 
       <tr> 
        <td width="70"><b>索 引 号：</b></td> 
        <td width="260">000014349/2004-00209</td> 
        <td width="70"><b>主题分类：</b></td> 
        <td width="260">其他</td> 
       </tr> 
       <tr> 
        <td><b>发文机关：</b></td> 
        <td>国务院办公厅</td> 
        <td><b>成文日期：</b></td> 
        <td>2004年08月12日</td> 
       </tr> 
       <tr> 
        <td><b>标　　题：</b></td> 
        <td colspan="3">国务院办公厅关于辽宁省在曾培炎副总理考察工作时所提问题和建议办理情况的函</td> 
       </tr> 
       <tr> 
        <td><b>发文字号：</b></td> 
        <td>国办函〔2004〕57号</td> 
        <td><b>发布日期：</b></td> 
        <td>2018年12月24日</td> 
       </tr> 
      </tbody> 
     </table> 
     <table width="660" border="0" cellpadding="0" cellspacing="0" class="bd1" style="width:660px;margin:0 auto;margin-bottom:12px;"> 
      <tbody> 
       <tr> 
        <td width="70" valign="top"><b>主 题 词：</b></td> 
        <td width="250" valign="top">经济管理　考察　措施　函</td> 
        <td width="68" valign="top"></td> 
        <td valign="top"></td> 
       </tr> 
      </tbody> 
     </table></td> 
   </tr> 
  </tbody> 
 </table> 
 <br> 
 <table width="724" border="0" cellpadding="0" cellspacing="0" style="margin:0 auto;border:1px solid #999999;"> 
  <tbody> 
   <tr> 
    <td><br> 
     <table width="650" border="0" cellpadding="0" cellspacing="0" style="margin:0 auto;"> 
      <tbody> 
       <tr> 
        <td class="b12c" id="UCAP-CONTENT"><p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><span style="font-weight: bold;"><span style="font-size: 18pt;">国务院办公厅</span><br> <span style="font-size: 18pt;">关于辽宁省在曾培炎副总理考察</span><br> <span style="font-size: 18pt;">工作时所提问题和建议办理情况的函</span></span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">国办函〔2004〕57号</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-align: justify; font-family: 宋体;"><br> </p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-align: justify; font-family: 宋体;">辽宁省人民政府：</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">2004年4月16日至18日，曾培炎副总理率国务院有关部门负责同志赴辽宁省出席振兴装备制造业座谈会（<span style="color: rgb(0, 0, 0); font-family: 宋体; font-size: 16px; font-style: normal; font-variant: normal; font-weight: normal; letter-spacing: normal; line-height: 35px; orphans: auto; text-align: justify; text-indent: 32px; text-transform: none; white-space: normal; widows: auto; word-spacing: 0px; -webkit-text-stroke-width: 0px; display: inline !important; float: none; background-color: rgb(255, 255, 255);">东北片</span>），并考察了你省工业发展情况。对你省在曾培炎副总理考察工作时提出的问题和建议，有关部门认真进行了研究，提出了办理意见，现将有关情况函复如下：</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">一、关于大连双岛湾工业区石化项目问题。</span>大连市请求，由大连实德集团与沙特SABIC等企业合资合作，拟投资400亿元，建设炼油规模800万吨/年的项目。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">发展改革委会同有关部门研究提出：</span><span style="font-family: 宋体;">为加快实施振兴东北地区等老工业基地的战略部署，发展改革委在专项规划中统筹考虑了东北地区的炼油、乙烯企业发展布局，已将大连百万吨乙烯项目列入乙烯发展布点中，新建乙烯项目所需原料依托现有炼油企业统筹平衡还是自己配套建设炼油装置可在可行性研究中论证分析。发展改革委已委托中国国际工程咨询公司对双岛湾工业区石化项目作进一步评估论证。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">二、关于开发生产大型船用柴油机曲轴项目问题。</span>大连市请求，联合中国第一重型机械集团公司、大连重工•起重集团公司和大连船用柴油机厂等企业，投入5亿元，建设具有年产130根大型船用柴油机曲轴能力的项目。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">发展改革委意见：</span><span style="font-family: 宋体;">目前国产船用柴油机所用曲轴全部依赖进口，2004年预计国产大型柴油机94台，国内只有上海船用曲轴公司年设计制造能力为40根，预计今年可生产出第一根国产曲轴，船用曲轴有较大的市场空间。但这一产品制造难度大、技术复杂，投资新建年产130根能力的项目需审慎研究。建议中国第一重型机械集团公司、大连重工•起重集团公司和大连船用柴油机厂先就产品工艺及合作生产等问题，充分做好前期论证和实施方案，各方面条件成熟后，再给予适当的支持。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">三、关于辽宁电力建设项目问题。</span>你省请求国家适当加大对辽中南地区电厂建设的支持力度；大连市请求尽快审批庄河电厂项目，同时希望在“十五”期内开始建设辽宁核电项目。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">发展改革委提出了以下意见：</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">（一）你省的电力发展应纳入东北电网统筹考虑，实现资源优化配置。根据国家电力发展规划，东北电网的电、煤有条件在东北区域内平衡，电源点建设应优先考虑煤炭资源丰富的蒙东、黑龙江坑口电厂等；其次，在电力负荷中心建设必要的热电联产项目。你省煤炭资源相对缺乏，南部已建成大量燃用山西、陕西煤的港口电站，在当前全国煤炭供应和交通运输紧张的情况下，山西、陕西的煤炭生产和运输能力都难以满足需要。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">（二）庄河电厂属港口电厂，燃用晋北煤，需经大秦线运输，能源流向不合理，其扩建工程需进一步研究煤炭来源问题。发展改革委已优先考虑营口电厂二期、丹东电厂二期和元宝山电厂二期以及阜新电厂等项目。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">（三）辽宁核电站项目已列入国家核电发展规划，请你省继续保护好该项目厂址资源，深入开展前期工作，国家将根据东北电力市场发展情况，适时启动项目建设。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">四、关于地方电网建设资金问题。</span>大连市请求，在辽宁省对非居民用电每千瓦时加价2分钱，专项用于电网配套建设，待国家电价改革方案实施后，再一并理顺。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">发展改革委意见：</span><span style="font-family: 宋体;">2000年国家已取消用于电源与电网发展的2分钱专项电力建设基金，并将原专项基金的价格空间纳入电价，明确这2分钱电价全部用于农村电网建设与改造投资的还贷。为解决电网建设资金问题，建议你省积极推进电力体制改革，加快电网企业主辅分离，尽快推进剥离多种经营企业的改革，使电网企业的收益能够最大限度地用于电网建设。其次，实施输配电企业单独核算，在明晰电网企业为主业资产的基础上，按照企业发展和市场需求合理核定电网输、配电价，逐步理顺电价形成机制。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">五、关于大连新机场建设项目问题。</span>（略）</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">六、关于大连商品交易所增设玉米和石油交易品种问题。</span>大连市请求在大连商品交易所开设石油期货交易；同时申请增设玉米期货交易品种。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">证监会、发展改革委提出了以下意见：</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">（一）由于目前我国原油、成品油市场开放程度仍较低，近期增设主要石油期货品种的条件还不成熟。应先从个别数量不是很大、市场化程度较高的品种开始，为开展主要石油期货品种做好准备。证监会、发展改革委将继续关注各方面的进展，积极研究并推动这项工作。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">（二）鉴于目前我国已经全面开放粮食购销市场，玉米市场价格总体平稳，各方面准备工作全部就绪，增设玉米期货品种的时机已经成熟，7月17日，国务院领导已经批复同意了证监会呈报的有关请示。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">七、关于继续支持地方工业项目建设问题。</span>你省请求，对已列入振兴规划的汽车、船舶、机床、专用设备、石化、精品钢材和新型干法水泥项目建设给予政策倾斜。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">发展改革委提出：</span><span style="font-family: 宋体;">根据有关文件精神，发展改革委将对你省已列入振兴规划的汽车、船舶、机床、专用设备、石化、精品钢材项目给予支持，对其中符合国债专项重点等条件的，可列入国债专项予以支持。水泥项目不属于振兴产业的范围，不宜安排国债资金支持。</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: right; font-family: 宋体;">国务院办公厅 &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp;</p> <p style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: right; font-family: 宋体;">二〇〇四年八月十二日 &nbsp; &nbsp; &nbsp; &nbsp;</p> <p style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: left; font-family: 宋体;">（本文有删减）</p></td> 
       </tr> 
       <tr> 
        <td></td> 
       </tr> 
      </tbody> 
     </table> 
     <div id="pageBreak"></div> 
     <!--/enpcontent--> 
     <div id="div_div"> 
      <div id="qr_container" style="margin:auto; position:relative;">
       扫一扫在手机打开当前页
      </div> 
     </div> 
     <div id="pageBreak"></div> 
     <!-- 用来校验该浏览器是否支持HTML5 --> 
     <canvas id="Canvas"></canvas> 
     <table width="650" border="0" align="center" cellpadding="0" cellspacing="0" style="border-top:1px solid #333333;margin:0 auto;margin-top:18px;"> 
      <tbody> 
       <tr> 
        <td height="60" align="center"><img src="http://www.gov.cn/zhengce/130.files/sendmail.gif" width="43" height="18" style="margin-right:12px;display:none;"> <a href="/zhengce/content/2018-12/24/content_5351707.htm#" class="black" onclick="javascript:window.external.AddFavorite(document.URL,document.title);return false"><img src="http://www.gov.cn/zhengce/130.files/save.gif" width="70" height="18" style="margin-right:12px;"></a> <a href="/zhengce/content/2018-12/24/content_5351707.htm#" onclick="javascript:window.print()"><img src="http://www.gov.cn/zhengce/130.files/openpage.gif" width="70" height="18" style="margin-right:12px;"></a> <a href="/zhengce/content/2018-12/24/content_5351707.htm#" onclick="window.close()"><img src="http://www.gov.cn/zhengce/130.files/close.gif" width="70" height="18" style="margin-right:12px;"></a></td> 
       </tr> 
      </tbody> 
     </table> </td> 
   </tr> 
  </tbody> 
 </table> 
 <!--二维码微信微博--> 
 <!--国务院客户端  微博微信  三个链接--> 
 <!--<div class="de_bannerS" style="position: relative;">
	<img src="/govweb/xhtml/2016gov/images/public/de_bannerS.jpg">
    <a href="http://www.gov.cn/public/yidongkehuduan.htm" target="_blank" style="position: absolute; top: 1px; left: 1px; display: block; width: 528px; height: 128px; opacity: 1; background: none;"></a>
	<a href="http://www.gov.cn/home/2014-02/18/content_5046260.htm" target="_blank" style="position: absolute; top: 1px; left: 531px; width: 360px; height: 128px; opacity: 1; background: none;"></a>
</div>--> 
 <!--营改增专题  微博微信  三个链接--> 
 <div class="de_bannerS" style=" position: relative;"> 
  <img src="/govweb/xhtml/2016gov/images/public/de_bannerS_sjh.jpg"> 
  <a href="http://www.gov.cn/public/yidongkehuduan.htm" target="_blank" style="position: absolute; top: 1px; left: 1px; display: block; width: 141px; height: 128px; opacity: 0;filter:alpha(opacity=0);-khtml-opacity:0;-moz-opacity:0;"></a> 
  <a href="http://login.forum.gov.cn/html/form/suggest_wxzlsjh.html" target="_blank" style="position: absolute; top: 1px; left: 143px; width: 370px; height: 128px; opacity: 0; opacity: 0;filter:alpha(opacity=0);-khtml-opacity:0;-moz-opacity:0;"></a> 
  <a href="http://www.gov.cn/home/2014-02/18/content_5046260.htm" target="_blank" style="position: absolute; top: 1px; left: 531px; width: 360px; height: 128px; opacity: 0; opacity: 0;filter:alpha(opacity=0);-khtml-opacity:0;-moz-opacity:0;"></a> 
 </div> 
</div>', 'HTML');
