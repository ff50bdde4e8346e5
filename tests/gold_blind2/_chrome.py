"""Page chrome (head, navigation, cookie banners, sidebars, footers) for the blind2 HTML documents.

Invented sites in the style of several CMS families; only the article parts differ per document.
"""


def gsb(charset, title, site, crumbs, article, sidebar, footer, banner=""):
    """Government-Site-Builder-like page (Land portals, Landesämter)."""
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    crumb = " ".join(f'<li><a href="#">{c}</a></li>' for c in crumbs)
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
{meta}
<title>{title} | {site}</title>
<meta name="generator" content="Government Site Builder">
<link rel="stylesheet" href="/SiteGlobals/Frontend/css/style.css">
</head>
<body class="gsb-startseite">
<div id="cookiebanner" class="cookie-notice" role="dialog">
<p>This website uses cookies. Some are essential, others help us improve the site.
<a href="/datenschutz">Privacy policy</a></p>
<button>Accept all</button> <button>Only essential cookies</button>
</div>
<a class="skip" href="#main">Zum Inhalt springen</a>
<header id="header">
<div class="logo"><a href="/">{site}</a></div>
{banner}
<nav id="navPrimary"><ul>
<li><a href="#">Themen</a></li><li><a href="#">Service</a></li><li><a href="#">Presse</a></li>
<li><a href="#">Über uns</a></li><li><a href="#">Leichte Sprache</a></li><li><a href="#">Gebärdensprache</a></li>
</ul></nav>
<form class="search"><input type="text" name="q" placeholder="Suchbegriff eingeben"><button>Suchen</button></form>
</header>
<div id="breadcrumb"><span>Sie sind hier:</span><ol>{crumb}</ol></div>
<div id="wrapperContent">
<main id="main">
{article}
<div class="sharing"><span>Seite teilen:</span> <a href="#">Facebook</a> <a href="#">X (Twitter)</a>
<a href="#">Mastodon</a> <a href="#">E-Mail</a> <a href="javascript:print()">Drucken</a></div>
</main>
<aside id="sidebar">{sidebar}</aside>
</div>
<footer id="footer">{footer}
<ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li>
<li><a href="/barrierefreiheit">Barrierefreiheit</a></li><li><a href="/kontakt">Kontakt</a></li></ul>
</footer>
</body>
</html>
"""


def wordpress(charset, title, site, article, sidebar, footer):
    """WordPress theme page (Stadtwerke, Vereine, kleine Kommunen)."""
    return f"""<!doctype html>
<html lang="de-DE">
<head>
<meta charset="{charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; {site}</title>
<meta name="generator" content="WordPress 6.3.2">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css" media="all">
</head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Zum Inhalt springen</a>
<header id="masthead" class="site-header">
<p class="site-title"><a href="/" rel="home">{site}</a></p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li><a href="/privatkunden">Privatkunden</a></li><li><a href="/geschaeftskunden">Geschäftskunden</a></li>
<li><a href="/unternehmen">Unternehmen</a></li><li class="current-menu-item"><a href="/presse">Presse</a></li>
<li><a href="/karriere">Karriere</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
{article}
<nav class="navigation post-navigation" aria-label="Beiträge"><div class="nav-links">
<div class="nav-previous"><a href="#" rel="prev">Vorheriger Beitrag: Neue Tarife für Fernwärmekunden ab Juli</a></div>
<div class="nav-next"><a href="#" rel="next">Nächster Beitrag: Freibadsaison startet am 15. Mai</a></div>
</div></nav>
</main>
<aside id="secondary" class="widget-area">{sidebar}</aside>
</div>
<footer id="colophon" class="site-footer">{footer}</footer>
</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner">
<div class="cmplz-title">Cookie-Zustimmung verwalten</div>
<div class="cmplz-message"><p>Um Ihnen ein optimales Erlebnis zu bieten, verwenden wir Technologien wie Cookies,
um Geräteinformationen zu speichern und/oder darauf zuzugreifen.</p></div>
<button class="cmplz-accept">Akzeptieren</button><button class="cmplz-deny">Ablehnen</button>
<button class="cmplz-view-preferences">Einstellungen ansehen</button></div></div>
</body>
</html>
"""


def typo3(charset, title, site, crumbs, article, sidebar, footer):
    """TYPO3 page with tx_news detail view."""
    crumb = " &gt; ".join(f'<a href="#">{c}</a>' for c in crumbs)
    return f"""<!DOCTYPE html>
<html lang="de" dir="ltr">
<head>
<meta charset="{charset}">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj.
-->
<title>{site}: {title}</title>
<meta name="generator" content="TYPO3 CMS">
</head>
<body id="p412" class="page-news">
<div class="cookie-consent" data-ignore="1"><strong>Wir verwenden Cookies</strong>
<p>Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen,
diese Website und Ihre Erfahrung zu verbessern.</p><a href="#" class="btn">Alle akzeptieren</a>
<a href="#" class="btn">Nur essenzielle Cookies akzeptieren</a><a href="#">Individuelle Cookie-Einstellungen</a></div>
<header class="page-header"><div class="brand"><a href="/">{site}</a></div>
<nav class="mainnav"><ul><li><a href="#">Start</a></li><li><a href="#">Aktuelles</a></li>
<li><a href="#">Service</a></li><li><a href="#">Ausbildung</a></li><li><a href="#">Kontakt</a></li></ul></nav>
</header>
<div class="breadcrumb">Sie befinden sich hier: {crumb}</div>
<div class="container">
<div class="col-main">
<div class="news news-single">
<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
{article}
</div>
<div class="news-backlink-wrap"><a href="/aktuelles">Zurück</a></div>
</div>
</div>
<div class="col-aside">{sidebar}</div>
</div>
<footer class="page-footer">{footer}<p>&copy; {site} &middot; <a href="#">Impressum</a> &middot;
<a href="#">Datenschutzerklärung</a> &middot; <a href="#">Cookie-Einstellungen</a></p></footer>
</body>
</html>
"""


def plone(charset, title, site, crumbs, article, portlets, footer):
    """Plone-like university page."""
    crumb = '<span class="breadcrumbSeparator">›</span>'.join(f'<a href="#">{c}</a>' for c in crumbs)
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="de" xml:lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{title} — {site}</title>
<meta name="generator" content="Plone - http://plone.com" />
</head>
<body class="template-newsitem_view portaltype-news-item site-uni">
<div id="portal-top">
<div id="portal-header"><a id="portal-logo" href="/">{site}</a>
<ul id="portal-globalnav"><li><a href="#">Studium</a></li><li><a href="#">Forschung</a></li>
<li><a href="#">Universität</a></li><li><a href="#">International</a></li><li><a href="#">Presse</a></li></ul>
<div id="portal-languageselector"><a href="#">English</a></div></div>
</div>
<div id="portal-breadcrumbs"><span id="breadcrumbs-you-are-here">Sie sind hier:</span> {crumb}</div>
<div id="portal-columns">
<div id="portal-column-content">
<div id="content">
{article}
</div>
<div class="documentActions"><ul><li><a href="#">Drucken</a></li><li><a href="#">Per E-Mail senden</a></li></ul></div>
</div>
<div id="portal-column-two">{portlets}</div>
</div>
<div id="portal-footer-wrapper">{footer}
<p>Datenschutzhinweis: Diese Seite verwendet nur technisch notwendige Cookies.</p></div>
</body>
</html>
"""


def nolis(charset, title, site, crumbs, article, sidebar, footer):
    """NOLIS/IKISS-like municipal page with table layout remnants."""
    crumb = " / ".join(crumbs)
    meta = f'<meta http-equiv="content-type" content="text/html; charset={charset}">' if charset else ""
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
{meta}
<title>{site} - {title}</title>
<script type="text/javascript" src="/js/ikiss.js"></script>
</head>
<body bgcolor="#ffffff">
<div id="cookie_hinweis">Diese Website verwendet Cookies. Durch die weitere Nutzung stimmen Sie dem zu.
<a href="/datenschutz">Mehr erfahren</a> <a href="#" onclick="hide()">OK</a></div>
<table width="980" border="0" cellpadding="0" cellspacing="0" id="layout">
<tr><td colspan="2" id="kopf"><a href="/"><img src="/bilder/wappen.gif" alt="Wappen"> {site}</a></td></tr>
<tr><td colspan="2" class="pfad">Sie sind hier: {crumb}</td></tr>
<tr>
<td valign="top" width="200" id="navi">
<ul class="navi"><li><a href="#">Rathaus &amp; Bürgerservice</a></li><li><a href="#">Leben &amp; Wohnen</a></li>
<li><a href="#">Wirtschaft</a></li><li><a href="#">Tourismus</a></li><li><a href="#">Aktuelles</a></li></ul>
{sidebar}
</td>
<td valign="top" id="inhalt">
{article}
<p class="zurueck"><a href="javascript:history.back()">zurück</a> | <a href="javascript:print()">drucken</a></p>
</td>
</tr>
<tr><td colspan="2" id="fuss">{footer}</td></tr>
</table>
</body>
</html>
"""


def contao(charset, title, site, article, sidebar, footer):
    """Contao page (Landratsamt)."""
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="{charset}">
<title>{title} - {site}</title>
<meta name="generator" content="Contao Open Source CMS">
<base href="https://www.example-landkreis.de/">
</head>
<body id="top" class="mac chrome blink">
<div id="wrapper">
<header id="header"><div class="inside">
<div class="mod_logo"><a href="/">{site}</a></div>
<nav class="mod_navigation block"><ul class="level_1">
<li><a href="#">Bürgerservice</a></li><li><a href="#">Landkreis &amp; Politik</a></li>
<li><a href="#">Wirtschaft &amp; Verkehr</a></li><li class="active"><a href="#">Presse</a></li></ul></nav>
</div></header>
<div id="container">
<main id="main"><div class="inside">
<div class="mod_newsreader block">
{article}
<p class="back"><a href="javascript:history.go(-1)" title="Zurück">Zurück</a></p>
</div>
</div></main>
<aside id="right"><div class="inside">{sidebar}</div></aside>
</div>
<footer id="footer"><div class="inside">{footer}</div></footer>
</div>
<div class="mod_cookiebar"><div class="cookiebar_inside">
<p>Wir setzen auf dieser Website Cookies ein. Einige sind notwendig, andere helfen uns, das Angebot zu verbessern.</p>
<button class="cookiebar_save">Auswahl speichern</button><button class="cookiebar_accept">Alle akzeptieren</button>
</div></div>
</body>
</html>
"""
