<?php
    require("../../footer-header/header.php")
?>


    <!--新闻内容方面-->
    <div id="news">

        <div class="time">2018.11.02</div>
        <h3>国家卫生计生委办公厅关于印发三级综合医院医疗服务能力指南（2016年版）的通知</h3>
        <!-- JiaThis Button BEGIN -->
        <div class="clearfix" style=" margin-top:10px; margin-bottom:10px; text-align:right;"> </div>
        <!-- JiaThis Button END -->
        <p>　<div class="rich_media_content " id="js_content" style="margin: 0px; padding: 0px; overflow: hidden; font-size: 17px; word-wrap: break-word; text-align: justify; font-variant-numeric: normal; font-variant-east-asian: normal; letter-spacing: 0.544px;">
            <p style="margin: 0px; padding: 0px; max-width: 100%; clear: both; min-height: 1em; color: rgb(62, 62, 62); outline: 0px; font-size: 16pt; font-family: 仿宋_GB2312; line-height: 1.5; text-align: right; box-sizing: border-box !important; word-wrap: break-word !important;">
            国卫办医函〔2016〕936号</p>
            <p style="margin: 0px; padding: 0px; max-width: 100%; clear: both; min-height: 1em; color: rgb(62, 62, 62); outline: 0px; font-size: 16pt; font-family: 仿宋_GB2312; line-height: 1.5; box-sizing: border-box !important; word-wrap: break-word !important;">
            &nbsp;</p>
            <p style="margin: 0px; padding: 0px; max-width: 100%; clear: both; min-height: 1em; color: rgb(62, 62, 62); outline: 0px; font-size: 16pt; font-family: 仿宋_GB2312; line-height: 1.5; box-sizing: border-box !important; word-wrap: break-word !important;">
                各省、自治区、直辖市卫生计生委，新疆生产建设兵团卫生局：&nbsp;<br style="margin: 0px; padding: 0px; max-width: 100%; box-sizing: border-box !important; word-wrap: break-word !important;" />
                　　为贯彻落实《国务院办公厅关于推进分级诊疗制度建设的指导意见》（国办发〔2015〕70号）等相关文件要求，进一步完善医疗服务体系，推动构建分级诊疗模式，我委组织制定了《三级综合医院医疗服务能力指南（2016年版）》（以下简称《指南》，可从国家卫生计生委网站医政医管栏目下载）。现印发给你们，请参照执行。&nbsp;<br style="margin: 0px; padding: 0px; max-width: 100%; box-sizing: border-box !important; word-wrap: break-word !important;" />
                　　各三级综合医院要按照《指南》要求，严格落实&ldquo;十三五&rdquo;卫生与健康规划、区域卫生规划和医疗机构设置规划，控制医院规模，重视医院内涵建设；明确三级综合医院功能定位，开展与自身功能定位相适应的诊疗服务，不断提升医疗服务能力与水平；充分发挥技术辐射和带动作用，通过对口帮扶、医联体等多种方式，促进医疗资源纵向整合，引导优质医疗资源下沉，提升基层医疗机构服务能力，推动构建分级诊疗模式。&nbsp;<br style="margin: 0px; padding: 0px; max-width: 100%; box-sizing: border-box !important; word-wrap: break-word !important;" />
                　　各省级卫生计生行政部门要定期总结工作经验，及时将工作进展情况报送我委医政医管局。&nbsp;<br style="margin: 0px; padding: 0px; max-width: 100%; box-sizing: border-box !important; word-wrap: break-word !important;" />
                　　联系人：医政医管局 罗庆华、胡瑞荣、王毅&nbsp;<br style="margin: 0px; padding: 0px; max-width: 100%; box-sizing: border-box !important; word-wrap: break-word !important;" />
                　　电话：010-68791885、68791887、68791886&nbsp;<br style="margin: 0px; padding: 0px; max-width: 100%; box-sizing: border-box !important; word-wrap: break-word !important;" />
                　　传真：010-68792963&nbsp;<br style="margin: 0px; padding: 0px; max-width: 100%; box-sizing: border-box !important; word-wrap: break-word !important;" />
            　　邮箱：bmaylzyc@163.com</p>
            <p style="margin: 0px; padding: 0px; max-width: 100%; clear: both; min-height: 1em; color: rgb(62, 62, 62); outline: 0px; font-size: 16pt; font-family: 仿宋_GB2312; line-height: 1.5; box-sizing: border-box !important; word-wrap: break-word !important;">
            &nbsp;</p>
            <p style="margin: 0px; padding: 0px; max-width: 100%; clear: both; min-height: 1em; color: rgb(62, 62, 62); outline: 0px; font-size: 16pt; font-family: 仿宋_GB2312; line-height: 1.5; text-align: right; box-sizing: border-box !important; word-wrap: break-word !important;">
                <br style="margin: 0px; padding: 0px; max-width: 100%; box-sizing: border-box !important; word-wrap: break-word !important;" />
                国家卫生计生委办公厅&nbsp;<br style="margin: 0px; padding: 0px; max-width: 100%; box-sizing: border-box !important; word-wrap: break-word !important;" />
            2016年8月29日</p>
            <p style="margin: 0px; padding: 0px; max-width: 100%; clear: both; min-height: 1em; color: rgb(62, 62, 62); outline: 0px; font-size: 16pt; font-family: 仿宋_GB2312; line-height: 1.5; box-sizing: border-box !important; word-wrap: break-word !important;">
            &nbsp;</p>
            <p style="margin: 0px; padding: 0px; max-width: 100%; clear: both; min-height: 1em; color: rgb(62, 62, 62); outline: 0px; font-size: 16pt; font-family: 仿宋_GB2312; line-height: 1.5; box-sizing: border-box !important; word-wrap: break-word !important;">
                <br style="margin: 0px; padding: 0px; max-width: 100%; box-sizing: border-box !important; word-wrap: break-word !important;" />
                　　附件：<span style="margin: 0px; padding: 0px; max-width: 100%; box-sizing: border-box !important; word-wrap: break-word !important; outline: 0px; font-size: 16pt;">三级综合医院服务能力指南（2016年版）</span></p>
                <p style="margin: 0px; padding: 0px; max-width: 100%; clear: both; min-height: 1em; color: rgb(62, 62, 62); outline: 0px; font-size: 16pt; font-family: 仿宋_GB2312; line-height: 1.5; box-sizing: border-box !important; word-wrap: break-word !important;">
                &nbsp;</p>
                <p style="margin: 0px; padding: 0px; max-width: 100%; clear: both; min-height: 1em; color: rgb(62, 62, 62); font-size: 16px; line-height: 19.6923px; box-sizing: border-box !important; word-wrap: break-word !important;">
                来源：国家卫计委</p>


            </div>
        </p>
    </div>







    <div id="footer" style="height: 295px">
        <div class="item">
            <ul>
                <li class="title"><img src="../../img/logo.png" height="50px"></li>
                <li><a href="../..//Diagnostics">赛润诊断主页</a></li>
                <li><a href="/Immunologics">赛润生物原材料主页</a></li>
            </ul>
        </div>
        <div class="item">
            <ul>
                <li class="title">关于我们</li>
                <li><a href="../../about.php#about1">公司简介</a></li>
                <li><a href="../../about.php#about2">发展历程</a></li>
                <li><a href="../../about.php#about3">企业文化</a></li>
                <li><a href="../../about.php#about4">产品品质</a></li>
            </ul>
        </div>
        <div class="item">
            <ul>
                <li class="title">联系我们</li>
                <li><a href="../../contact.php">联系方式</a></li>
                <li><a href="../../message.php">在线留言</a></li>
                <li><a href="../../hiring.php">招贤纳士</a></li>
            </ul>
        </div>
        <div class="item">
            <ul>
                <li class="title">友情链接</li>
                <!--            <li><a href="https://www.virion-serion.de">virion\serion</a></li>-->
                <li><a href="http://www.klonnewbio.com/">科隆生物</a></li>
                <li><a href="http://www.csmedlab.com/">中南检验</a></li>
                <li id="mpweixin">
                    微信公众号
                    <img src="../../img/mp.weixin.jpg" alt="">
                </li>
                <li><a href="https://www.who.int/" target="_blank">世界卫生组织</a></li>
                <li><a href="http://www.chinacdc.cn/" target="_blank">中国疾病预防控制中心</a></li>
                <li><a href="https://www.ecdc.europa.eu/" target="_blank">欧盟疾病预防与控制中心</a></li>
                <li><a href="https://www.cdc.gov/" target="_blank">美国疾病控制与预防中心</a></li>
                <li><a href="https://iivd.net/portal.php" target="_blank">小桔灯</a></li>
            </ul>
        </div>
    </div>
    <script src="../../js/general.js"></script>
</body>
</html>