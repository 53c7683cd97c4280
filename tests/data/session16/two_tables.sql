-- phpMyAdmin SQL Dump
SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";

INSERT INTO `cms_content` (`content_id`, `class_id`, `title`, `description`, `time`) VALUES
(28, 3, '某某公司参加行业展会', '公司新闻', 1560384000),
(29, 5, '某某省药品监督管理局综合处关于药品生产场地变更有关问题的复函', '复函', 1560384000);

CREATE TABLE IF NOT EXISTS `cms_content_article` (
  `content_id` int(10) NOT NULL,
  `content` text
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

INSERT INTO `cms_content_article` (`content_id`, `content`) VALUES
(28, '&lt;p&gt;公司新闻：某某公司参加行业展会，展示新产品。&lt;/p&gt;&lt;p&gt;展会期间，公司与多家客户洽谈合作。&lt;/p&gt;'),
(29, '&lt;p style=&quot;text-align:center&quot;&gt;某某省药品监督管理局综合处关于药品生产场地变更有关问题的复函&lt;/p&gt;&lt;p&gt;某药监综函〔2019〕23号&lt;/p&gt;&lt;p&gt;某某市市场监督管理局：&lt;/p&gt;&lt;p&gt;你局《关于药品生产场地变更有关问题的请示》收悉。经研究，现函复如下：&lt;/p&gt;&lt;p&gt;一、持有人变更生产场地的，应当按照规定办理。&lt;/p&gt;&lt;p&gt;二、本复函自印发之日起施行。&lt;/p&gt;&lt;p style=&quot;text-align:right&quot;&gt;某某省药品监督管理局综合处&lt;/p&gt;&lt;p style=&quot;text-align:right&quot;&gt;2019年5月8日&lt;/p&gt;');
