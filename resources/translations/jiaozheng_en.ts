<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Application</name>
    <message>
        <source>程序遇到意外错误，当前操作未完成。

{error}

详细信息已记录到：{log}</source>
        <translation>The program ran into an unexpected error; the current operation was not completed.

{error}

The details were written to: {log}</translation>
    </message>
    <message>
        <source>{error}

是否选择另一个数据库文件？</source>
        <translation type="vanished">{error}

Do you want to choose another database file?</translation>
    </message>
    <message>
        <source>打开数据库</source>
        <translation type="vanished">Open Database</translation>
    </message>
    <message>
        <source>教育整顿数据库 (*.db *.sqlite);;所有文件 (*)</source>
        <translation type="vanished">Campaign databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>教育整顿工作台</source>
        <translation>Rectification Campaign Workbench</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>新建数据库(&amp;N)…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <source>打开数据库(&amp;O)…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <source>导入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>导出(&amp;E)</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>关于{name}</source>
        <translation>About {name}</translation>
    </message>
    <message>
        <source>&lt;p&gt;政法队伍教育整顿工作台账：人员台账、学习教育、谈心谈话、征求意见、承诺书签订。&lt;/p&gt;&lt;p&gt;数据只保存在本机，不联网。&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ledgers for the education and rectification campaign of the political-legal workforce: officer roster, study sessions, heart-to-heart talks, public feedback and pledges.&lt;/p&gt;&lt;p&gt;All data stays on this computer; nothing goes over the network.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;当前数据库：{path}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Current database: {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>（非本地文件）</source>
        <translation>(not a local file)</translation>
    </message>
    <message>
        <source>新建数据库</source>
        <translation>New Database</translation>
    </message>
    <message>
        <source>新数据库.db</source>
        <translation>new-database.db</translation>
    </message>
    <message>
        <source>教育整顿数据库 (*.db)</source>
        <translation>Campaign databases (*.db)</translation>
    </message>
    <message>
        <source>文件 {name} 已存在，请换一个文件名。</source>
        <translation>The file {name} already exists. Please choose another name.</translation>
    </message>
    <message>
        <source>打开数据库</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>教育整顿数据库 (*.db *.sqlite);;所有文件 (*)</source>
        <translation>Campaign databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>数据库：{path}</source>
        <translation>Database: {path}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>打印</source>
        <translation type="vanished">Print</translation>
    </message>
    <message>
        <source>无法读取 {name}。</source>
        <translation type="vanished">Cannot read {name}.</translation>
    </message>
    <message>
        <source>打印机无法开始打印。</source>
        <translation type="vanished">The printer could not start printing.</translation>
    </message>
    <message>
        <source>预览 — {name}</source>
        <translation type="vanished">Preview — {name}</translation>
    </message>
    <message>
        <source>共 {count} 页</source>
        <translation type="vanished">{count} page(s)</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation type="vanished">Print…</translation>
    </message>
    <message>
        <source>另存为…</source>
        <translation type="vanished">Save As…</translation>
    </message>
    <message>
        <source>用系统程序打开</source>
        <translation type="vanished">Open in System Viewer</translation>
    </message>
    <message>
        <source>另存为</source>
        <translation type="vanished">Save As</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="vanished">PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>发生了意外错误：{error}

详细信息已记录在错误日志中。</source>
        <translation>An unexpected error occurred: {error}

The details were written to the error log.</translation>
    </message>
</context>
</TS>
