var result = {
    success: true,
    data: {
        id: 1,
        title: "政策发布",
        articleType: 1,
        centralPolicies: [
            {
                id: 1,
                title:
                    "住房和城乡建设部关于印发世界城市日中国主场活动承办城市遴选办法（试行）的通知（注：文件提到智慧城市建设）",
                publisher: "住建部",
                time: "2019-01-03",
                url: "http://www.mohurd.gov.cn/wjfb/201902/t20190201_239398.html"
            },
            {
                id: 2,
                title: "区块链信息服务管理规定",
                publisher: "国家互联网信息办公室",
                time: "2019-01-10",
                url: "http://www.cac.gov.cn/2019-01/10/c_1123971164.htm"
            },
            {
                id: 3,
                title: "自然资源部办公厅 住房和城乡建设部办公厅关于福州等5个城市利用集体建设用地建设租赁住房试点实施方案意见的函",
                publisher: "自然资源部",
                time: "2019-01-11",
                url: "http://gi.mnr.gov.cn/201901/t20190116_2387957.html"
            },
            {
                id: 4,
                title: "自然资源部办公厅关于印发《智慧城市时空大数据平台建设技术大纲（2019版）》的通知",
                publisher: "自然资源部",
                time: "2019-01-24",
                url: "http://gi.mnr.gov.cn/201902/t20190218_2395831.html"
            },
            {
                id: 5,
                title: "国务院办公厅关于压缩不动产登记办理时间的通知",
                publisher: "国务院办公厅",
                time: "2019-02-26",
                url: "http://www.gov.cn/zhengce/content/2019-03/11/content_5372847.htm"
            }
        ],
        localPolicies: [
            {
                id: 1,
                title: "国务院关于河北雄安新区总体规划（2018-2035年）的批复",
                publisher: "河北·雄安",
                time: "2019-01-02",
                url: "http://www.xiongan.gov.cn/2019-01/02/c_1210028787.htm"
            },
            {
                id: 2,
                title: "中共中央 国务院关于对《北京城市副中心控制性详细规划(街区层面)(2016年-2035年)》的批复",
                publisher: "北京",
                time: "2019-01-03",
                url: "http://www.beijing.gov.cn/zhengce/wenjian/192/33/50/438650/1573462/index.html"
            },
            {
                id: 3,
                title: "关于协同推进不动产抵押登记“最多跑一次”的通知",
                publisher: "浙江",
                time: "2019-01-04",
                url: "http://www.zjdlr.gov.cn/art/2019/1/16/art_1289955_29568245.html"
            },
            {
                id: 4,
                title: "上海市经济和信息化委员会关于开展2019年度上海市信息化发展专项资金（智慧城市建设和大数据发展）项目申报工作的通知",
                publisher: "上海",
                time: "2019-01-08",
                url: "http://www.shanghai.gov.cn/nw2/nw2314/nw2319/nw12344/u26aw57832.html"
            },
            {
                id: 5,
                title: "《江苏省不动产登记条例》出台",
                publisher: "江苏",
                time: "2019-01-09",
                url: "http://www.jiangsu.gov.cn/art/2019/1/10/art_60096_7998715.html"
            },
            {
                id: 6,
                title: "关于发布山东省工程建设导则《山东省城市轨道交通BIM技术应用导则》的通知",
                publisher: "山东",
                time: "2019-01-09",
                url: "http://www.sdjs.gov.cn/art/2019/1/9/art_6065_4445253.html"
            },
            {
                id: 7,
                title: "河北雄安新区管理委员会关于印发《雄安新区工程建设项目招标投标管理办法（试行）》的通知",
                publisher: "河北·雄安",
                time: "2019-01-11",
                url: "http://www.xiongan.gov.cn/2019-01/11/c_1210036583.htm"
            },
            {
                id: 8,
                title: "《中山市新型智慧城市顶层设计框架方案》通过审议",
                publisher: "广东·中山",
                time: "2019-01-15",
                url: "http://www.chinasmartcity.org/detail.asp?id=28817"
            },
            {
                id: 9,
                title: "存量商品房不动产登记一窗受理集成服务实施方案",
                publisher: "海南",
                time: "2019-01-18",
                url: "http://zw.hainan.gov.cn/data/news/2019/01/92799/"
            },
            {
                id: 10,
                title: "关于印发加快推进德州市建筑信息模型（BIM）技术应用指导意见的通知",
                publisher: "山东·德州",
                time: "2019-01-18",
                url: "http://www.dzjs.gov.cn/n2477684/c46473454/content.html"
            },
            {
                id: 11,
                title: "中共中央 国务院关于支持河北雄安新区全面深化改革和扩大开放的指导意见",
                publisher: "河北·雄安",
                time: "2019-01-24",
                url: "http://www.gov.cn/zhengce/2019-01/24/content_5360927.htm"
            },
            {
                id: 12,
                title: "中共北京市委 北京市人民政府关于加强城市精细化管理工作的意见",
                publisher: "北京",
                time: "2019-01-31",
                url: "http://www.beijing.gov.cn/zhengce/wenjian/192/33/50/438650/1573613/index.html"
            },
            {
                id: 13,
                title: "自治区住房城乡建设厅关于斯维尔计价软件通过建设工程造价计价软件符合性测评的通知",
                publisher: "广西",
                time: "2019-01-31",
                url: "http://www.gxzjt.gov.cn/News/shownews.aspx?id=197967"
            },
            {
                id: 14,
                title: "河北省人民政府办公厅关于加快推进新型智慧城市建设的指导意见",
                publisher: "河北",
                time: "2019-02-01",
                url: "http://info.hebei.gov.cn/hbszfxxgk/6806024/6807473/6806589/6854643/index.html"
            },
            {
                id: 15,
                title: "市住房城乡建设委关于印发推进我市建筑信息模型（BIM）技术应用指导意见的通知",
                publisher: "天津",
                time: "2019-01-31",
                url: "http://gk.tj.gov.cn/gkml/00012517X/201902/t20190211_82035.shtml"
            },
            {
                id: 16,
                title: "广州市不动产登记资料查询办法",
                publisher: "广东·广州",
                time: "2019-02-14",
                url: "https://www.gzlpc.gov.cn/gzlpc/2.3/201902/a2a89c6e495d4a21a9ea0d0c4e6dcbbe.shtml"
            },
        ],
        PoliciesImplement:[],
        prevId:null,
        nextId:2,
        prevPartId:1,
        nextPartId:1,
        partId:1,
    }
};

window.jspCallback(result);
