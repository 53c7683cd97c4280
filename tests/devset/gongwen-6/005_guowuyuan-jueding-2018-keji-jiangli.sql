insert into ge_policy_raw (id, crawl_url, crawl_time, index_number, title, release_office, release_number, policy_basis, wiritten_time, release_time, effect_time, content, image_url, status, html, remark) values (11, 'http://www.gov.cn/zhengce/content/2019-01/08/content_5355822.htm', '2019-02-17 15:19:06', '000014349/2018-00227', '国务院关于2018年度国家科学技术奖励的决定', '国务院', '国发〔2018〕44号', null, '2019-01-28 15:19:06', '2019-02-08 15:19:06', null, '<tbody> 
 <tr> 
  <td class="b12c" id="UCAP-CONTENT"><p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><span style="font-weight: bold; font-size: 18pt;">国务院关于2018年度</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><span style="font-weight: bold; font-size: 18pt;">国家科学技术奖励的决定</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">国发〔2018〕44号</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><br> </p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-align: justify; font-family: 宋体;">各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">为深入贯彻落实习近平新时代中国特色社会主义思想，全面贯彻党的十九大和十九届二中、三中全会精神，坚定实施科教兴国战略、人才强国战略和创新驱动发展战略，国务院决定，对为我国科学技术进步、经济社会发展、国防现代化建设作出突出贡献的科学技术人员和组织给予奖励。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">根据《国家科学技术奖励条例》的规定，经国家科学技术奖励评审委员会评审、国家科学技术奖励委员会审定和科技部审核，国务院批准并报请国家主席习近平签署，授予刘永坦院士、钱七虎院士国家最高科学技术奖；国务院批准，授予“量子反常霍尔效应的实验发现”国家自然科学奖一等奖，授予“黄瓜基因组和重要农艺性状基因研究”等37项成果国家自然科学奖二等奖，授予“云—端融合系统的资源反射机制及高效互操作技术”等4项成果国家技术发明奖一等奖，授予“小麦与冰草属间远缘杂交技术及其新种质创制”等63项成果国家技术发明奖二等奖，授予“水下发射固体运载火箭系统研制”等2项成果国家科学技术进步奖特等奖，授予“凹陷区砾岩油藏勘探理论技术与玛湖特大型油田发现”等23项成果国家科学技术进步奖一等奖，授予“主要蔬菜卵菌病害关键防控技术研究与应用”等148项成果国家科学技术进步奖二等奖，授予简·迪安·米勒教授等5名外国专家中华人民共和国国际科学技术合作奖。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">全国科学技术工作者要向刘永坦院士、钱七虎院士及全体获奖者学习，不忘初心、牢记使命，继续发扬科学报国的光荣传统和追求真理、勇攀高峰的科学精神，以实现国家富强、民族振兴、人民幸福为己任，深入实施创新驱动发展战略，坚定不移走中国特色自主创新道路，着力实现原始创新重大突破，攻克关键核心技术，破解创新发展难题，为加快建设创新型国家、建设世界科技强国，决胜全面建成小康社会、夺取新时代中国特色社会主义伟大胜利、实现中华民族伟大复兴的中国梦作出新的更大贡献。</p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: right; font-family: 宋体;">国务院 &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp;&nbsp;</p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: right; font-family: 宋体;">2018年12月28日&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">（此件公开发布）</p></td> 
 </tr> 
 <tr> 
  <td></td> 
 </tr> 
</tbody>', null, '未处理', '<div class="wrap" style="font-family:宋体;"> 
 <table width="724" border="0" cellpadding="0" cellspacing="0" style="border:1px solid #999999;margin:0 auto;margin-top:10px;"> 
  <tbody> 
   <tr> 
    <td>
     <table width="660" border="0" cellpadding="0" cellspacing="0" class="bd1" style="width:660px;margin:0 auto;margin-top:12px;"> 
      <tbody> 
       <tr> 
        <td width="70"><b>索 引 号：</b></td> 
        <td width="260">000014349/2018-00227</td> 
        <td width="70"><b>主题分类：</b></td> 
        <td width="260">科技、教育\\科技</td> 
       </tr> 
       <tr> 
        <td><b>发文机关：</b></td> 
        <td>国务院</td> 
        <td><b>成文日期：</b></td> 
        <td>2018年12月28日</td> 
       </tr> 
       <tr> 
        <td><b>标　　题：</b></td> 
        <td colspan="3">国务院关于2018年度国家科学技术奖励的决定</td> 
       </tr> 
       <tr> 
        <td><b>发文字号：</b></td> 
        <td>国发〔2018〕44号</td> 
        <td><b>发布日期：</b></td> 
        <td>2019年01月08日</td> 
       </tr> 
      </tbody> 
     </table> 
     <table width="660" border="0" cellpadding="0" cellspacing="0" class="bd1" style="width:660px;margin:0 auto;margin-bottom:12px;"> 
      <tbody> 
       <tr> 
        <td width="70" valign="top"><b>主 题 词：</b></td> 
        <td width="250" valign="top"></td> 
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
        <td class="b12c" id="UCAP-CONTENT"><p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><span style="font-weight: bold; font-size: 18pt;">国务院关于2018年度</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><span style="font-weight: bold; font-size: 18pt;">国家科学技术奖励的决定</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">国发〔2018〕44号</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><br> </p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-align: justify; font-family: 宋体;">各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">为深入贯彻落实习近平新时代中国特色社会主义思想，全面贯彻党的十九大和十九届二中、三中全会精神，坚定实施科教兴国战略、人才强国战略和创新驱动发展战略，国务院决定，对为我国科学技术进步、经济社会发展、国防现代化建设作出突出贡献的科学技术人员和组织给予奖励。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">根据《国家科学技术奖励条例》的规定，经国家科学技术奖励评审委员会评审、国家科学技术奖励委员会审定和科技部审核，国务院批准并报请国家主席习近平签署，授予刘永坦院士、钱七虎院士国家最高科学技术奖；国务院批准，授予“量子反常霍尔效应的实验发现”国家自然科学奖一等奖，授予“黄瓜基因组和重要农艺性状基因研究”等37项成果国家自然科学奖二等奖，授予“云—端融合系统的资源反射机制及高效互操作技术”等4项成果国家技术发明奖一等奖，授予“小麦与冰草属间远缘杂交技术及其新种质创制”等63项成果国家技术发明奖二等奖，授予“水下发射固体运载火箭系统研制”等2项成果国家科学技术进步奖特等奖，授予“凹陷区砾岩油藏勘探理论技术与玛湖特大型油田发现”等23项成果国家科学技术进步奖一等奖，授予“主要蔬菜卵菌病害关键防控技术研究与应用”等148项成果国家科学技术进步奖二等奖，授予简·迪安·米勒教授等5名外国专家中华人民共和国国际科学技术合作奖。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">全国科学技术工作者要向刘永坦院士、钱七虎院士及全体获奖者学习，不忘初心、牢记使命，继续发扬科学报国的光荣传统和追求真理、勇攀高峰的科学精神，以实现国家富强、民族振兴、人民幸福为己任，深入实施创新驱动发展战略，坚定不移走中国特色自主创新道路，着力实现原始创新重大突破，攻克关键核心技术，破解创新发展难题，为加快建设创新型国家、建设世界科技强国，决胜全面建成小康社会、夺取新时代中国特色社会主义伟大胜利、实现中华民族伟大复兴的中国梦作出新的更大贡献。</p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: right; font-family: 宋体;">国务院 &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp;&nbsp;</p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: right; font-family: 宋体;">2018年12月28日&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">（此件公开发布）</p></td> 
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
        <td height="60" align="center"><img src="http://www.gov.cn/zhengce/130.files/sendmail.gif" width="43" height="18" style="margin-right:12px;display:none;"> <a href="/zhengce/content/2019-01/08/content_5355822.htm#" class="black" onclick="javascript:window.external.AddFavorite(document.URL,document.title);return false"><img src="http://www.gov.cn/zhengce/130.files/save.gif" width="70" height="18" style="margin-right:12px;"></a> <a href="/zhengce/content/2019-01/08/content_5355822.htm#" onclick="javascript:window.print()"><img src="http://www.gov.cn/zhengce/130.files/openpage.gif" width="70" height="18" style="margin-right:12px;"></a> <a href="/zhengce/content/2019-01/08/content_5355822.htm#" onclick="window.close()"><img src="http://www.gov.cn/zhengce/130.files/close.gif" width="70" height="18" style="margin-right:12px;"></a></td> 
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
