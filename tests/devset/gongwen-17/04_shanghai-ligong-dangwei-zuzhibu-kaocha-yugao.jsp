<%@ page language="java" contentType="text/html; charset=UTF-8"
    pageEncoding="UTF-8"%>

<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<link rel="stylesheet" href="${basePath}/css/main.css">

<title></title>
</head>
<body>
<div id="box">
<%@include file="/top.jsp" %>
<%@include file="/navigation3.jsp" %>
<div id="main">
<h2 align="center">中层干部考察预告（2017年第12号）</h2>
<p>校内各部门：</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 根据报名、资格审查、经历业绩初选、面试答辩等情况，经学校党委常委会研究，确定以下同志为部分中层干部岗位考察对象。</p>
<p>一、学校党委办公室、校长办公室副主任岗位考察对象</p>
<p>尚娅</p>
<p>二、中英国际学院行政副院长岗位考察对象</p>
<p>徐琳</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 考察组将于<span lang="EN-US" xml:lang="EN-US">2017</span>年<span lang="EN-US" xml:lang="EN-US">12</span>月<span lang="EN-US" xml:lang="EN-US">19</span>日（周二）至<span lang="EN-US" xml:lang="EN-US">12</span>月<span lang="EN-US" xml:lang="EN-US">25</span>日（周一）到有关部门对上述考察对象进行民主测评和考察谈话，听取各方面意见。</p>
<p>在考察期间，设有值班电话：<span lang="EN-US" xml:lang="EN-US">XXXXXXXX</span>。</p>
<p>特此预告。</p>
<p><span lang="EN-US" xml:lang="EN-US"></span></p>
<p><span lang="EN-US" xml:lang="EN-US"></span><span lang="EN-US" xml:lang="EN-US"></span>党委组织部</p>
<p><span lang="EN-US" xml:lang="EN-US"></span><span lang="EN-US" xml:lang="EN-US">2017</span>年<span lang="EN-US" xml:lang="EN-US">12</span>月<span lang="EN-US" xml:lang="EN-US">18</span>日</p>
</div>
<%@include file="/bottom.jsp" %>
</div>
</body>
</html>