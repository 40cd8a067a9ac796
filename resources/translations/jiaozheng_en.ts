<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccountEditDialog</name>
    <message>
        <source>新增账户</source>
        <translation>New Account</translation>
    </message>
    <message>
        <source>修改账户</source>
        <translation>Edit Account</translation>
    </message>
    <message>
        <source>可查看、打印谈心谈话内容</source>
        <translation>Can view and print heart-to-heart talk content</translation>
    </message>
    <message>
        <source>可查看、导出完整身份证号</source>
        <translation>Can view and export full ID numbers</translation>
    </message>
    <message>
        <source>问题线索：可查看、录入、打印个人自查事项和问题线索</source>
        <translation>Problem clues: may see, enter and print self-check items and problem clues</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>管理员：全部操作，含账户、恢复备份、加密；录入员：录入和修改数据；查阅：只能查看。</source>
        <translation>Administrator: everything, including accounts, restoring backups and encryption; Clerk: enters and edits data; Reader: view only.</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>确认密码</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>用户与权限</source>
        <translation>Users and Permissions</translation>
    </message>
    <message>
        <source>目前没有启用用户与权限：使用本机的人都能查看和修改全部数据，包括谈话内容。

启用后，每次打开程序都要登录；按角色分配权限：
  · 管理员：全部操作，含账户管理、从备份恢复、加密设置；
  · 录入员：录入和修改数据；
  · 查阅：只能查看，不能修改。
谈心谈话内容和完整身份证号只有被授权的账户才能看到。离开电脑一段时间后屏幕会自动锁定。

请先建立第一个管理员账户：</source>
        <translation>Users and permissions are not enabled: anyone using this computer can view and change all data, including talk content.

Once enabled, everyone must log in each time the program opens, with permissions by role:
  · Administrator: everything, including managing accounts, restoring from backups and encryption settings;
  · Clerk: enters and edits data;
  · Reader: view only, no changes.
Heart-to-heart talk content and full ID numbers are visible only to authorised accounts. The screen locks automatically after a period of inactivity.

First create the first administrator account:</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>密码（至少6位）</source>
        <translation>Password (at least 6 characters)</translation>
    </message>
    <message>
        <source>确认密码</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <source>启用用户与权限</source>
        <translation>Enable Users and Permissions</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>已启用用户与权限，当前以管理员“{0}”登录。请为其他人建立账户。</source>
        <translation>Users and permissions are enabled; you are logged in as administrator “{0}”. Please create accounts for the other users.</translation>
    </message>
    <message>
        <source>新增账户…</source>
        <translation>New Account…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>设置密码…</source>
        <translation>Set Password…</translation>
    </message>
    <message>
        <source>自动锁定</source>
        <translation>Auto-lock</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>无人操作超过</source>
        <translation>Lock the screen after</translation>
    </message>
    <message>
        <source>后锁定屏幕，需重新输入密码（0 表示不自动锁定）</source>
        <translation>of inactivity; the password is then needed again (0 = never lock)</translation>
    </message>
    <message>
        <source>关闭用户与权限…</source>
        <translation>Disable Users and Permissions…</translation>
    </message>
    <message>
        <source>当前登录：{0}（{1}）</source>
        <translation>Logged in: {0} ({1})</translation>
    </message>
    <message>
        <source>请先选中一个账户。</source>
        <translation>Please select an account first.</translation>
    </message>
    <message>
        <source>密码已设置。</source>
        <translation>The password has been set.</translation>
    </message>
    <message>
        <source>关闭后，使用本机的人都能查看和修改全部数据（包括谈话内容），打开程序也不再需要登录。
账户会保留，以后可以再次启用。确定关闭吗？</source>
        <translation>Once disabled, anyone using this computer can view and change all data (including talk content), and no login is needed to open the program.
The accounts are kept and can be enabled again later. Disable now?</translation>
    </message>
</context>
<context>
    <name>AddPeopleDialog</name>
    <message>
        <source>添加应到人员</source>
        <translation>Add Expected Attendees</translation>
    </message>
    <message>
        <source>添加所选人员</source>
        <translation>Add Selected People</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AffairsCards</name>
    <message>
        <source>会议部署</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>英模推荐</source>
        <translation>Model officers</translation>
    </message>
    <message>
        <source>点击打开“会议与选树”（按统计期间，不分单位）</source>
        <translation>Click to open “Meetings &amp; models” (for the period, all units)</translation>
    </message>
    <message>
        <source>次</source>
        <translation>times</translation>
    </message>
    <message>
        <source>常委会{sc}次，领导小组{lg}次，发布会{pc}次；印发文件{d}个，通报{n}次</source>
        <translation>Standing committee {sc}, leading group {lg}, press {pc}; documents {d}, public reports {n}</translation>
    </message>
    <message>
        <source>人</source>
        <translation>people</translation>
    </message>
    <message>
        <source>市级候选{city}人，县级评选{county}人，先进典型{typical}人</source>
        <translation>City candidates {city}, county selection {county}, role models {typical}</translation>
    </message>
</context>
<context>
    <name>AffairsPage</name>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>修改所选的一行（或双击该行）</source>
        <translation>Edit the selected row (or double-click it)</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除所选的一行</source>
        <translation>Delete the selected row</translation>
    </message>
    <message>
        <source>会议与选树</source>
        <translation>Meetings &amp; models</translation>
    </message>
    <message>
        <source>请先在列表中选择一行。</source>
        <translation>Select a row in the list first.</translation>
    </message>
    <message>
        <source>删除“{what}”？</source>
        <translation>Delete “{what}”?</translation>
    </message>
</context>
<context>
    <name>AffairsTab</name>
    <message>
        <source>会议</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>制发文件</source>
        <translation>Documents issued</translation>
    </message>
    <message>
        <source>向社会通报</source>
        <translation>Public reports</translation>
    </message>
    <message>
        <source>英模选树</source>
        <translation>Model officers</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>把会议、制发文件、向社会通报和英模选树导出到一个 Excel 文件</source>
        <translation>Export meetings, documents, public reports and model officers to one Excel file</translation>
    </message>
    <message>
        <source>会议 {m} 次 · 文件 {d} 个 · 通报 {n} 次 · 英模推荐 {r} 人</source>
        <translation>Meetings {m} · documents {d} · public reports {n} · model officers {r}</translation>
    </message>
    <message>
        <source>会议与选树台账（Excel）…</source>
        <translation>Meetings &amp; models ledgers (Excel)…</translation>
    </message>
    <message>
        <source>会议与选树-{day}.xlsx</source>
        <translation>meetings-models-{day}.xlsx</translation>
    </message>
    <message>
        <source>导出会议与选树台账</source>
        <translation>Export meetings &amp; models ledgers</translation>
    </message>
    <message>
        <source>已导出到
{path}
</source>
        <translation>Exported to
{path}
</translation>
    </message>
    <message>
        <source>会议与选树</source>
        <translation>Meetings &amp; models</translation>
    </message>
</context>
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
        <source>教育整顿工作台</source>
        <translation>Rectification Campaign Workbench</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>全部人员</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>请假和缺席</source>
        <translation>Leave and absence</translation>
    </message>
    <message>
        <source>输入姓名，回车定位</source>
        <translation>Type a name, Enter to find</translation>
    </message>
    <message>
        <source>所列单位中还没有登记的人全部设为出席；已登记的例外不受影响</source>
        <translation>Marks everyone not yet recorded in the listed units as present; people already recorded are not affected</translation>
    </message>
    <message>
        <source>出席 1</source>
        <translation>Present 1</translation>
    </message>
    <message>
        <source>迟到 2</source>
        <translation>Late 2</translation>
    </message>
    <message>
        <source>请假 3</source>
        <translation>Leave 3</translation>
    </message>
    <message>
        <source>缺席 4</source>
        <translation>Absent 4</translation>
    </message>
    <message>
        <source>清除 0</source>
        <translation>Clear 0</translation>
    </message>
    <message>
        <source>添加人员…</source>
        <translation>Add People…</translation>
    </message>
    <message>
        <source>移出名单</source>
        <translation>Remove from List</translation>
    </message>
    <message>
        <source>现在锁定名单</source>
        <translation>Lock List Now</translation>
    </message>
    <message>
        <source>键盘：↑↓ 选人（Shift 多选），1 出席，2 迟到，3 请假，4 缺席，0 清除（也可用 D/C/J/Q）；原因双击或按 F2 填写。</source>
        <translation>Keys: ↑↓ select (Shift for several), 1 present, 2 late, 3 leave, 4 absent, 0 clear (or D/C/J/Q); double-click or F2 to enter a reason.</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>应到名单尚未锁定，随人员台账变化。开始登记考勤时自动锁定，此后人员台账的变动不再改变本场名单。</source>
        <translation>The attendance list is not locked yet and follows the Roster. It locks automatically when attendance marking starts; after that, Roster changes no longer alter this session&apos;s list.</translation>
    </message>
    <message>
        <source>%1未登记的全部出席</source>
        <translation>Mark everyone not recorded in %1 present</translation>
    </message>
    <message>
        <source>所列</source>
        <translation>the listed units</translation>
    </message>
    <message>
        <source>应到 %1&#x3000;出席 %2&#x3000;迟到 %3&#x3000;请假 %4&#x3000;缺席 %5&#x3000;未登记 %6&#x3000;出勤率 %7</source>
        <translation>Expected %1  Present %2  Late %3  Leave %4  Absent %5  Not recorded %6  Attendance %7</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>所列人员中没有“%1”。</source>
        <translation>“%1” is not among the listed people.</translation>
    </message>
    <message>
        <source>锁定名单</source>
        <translation>Lock List</translation>
    </message>
    <message>
        <source>考勤</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>%1 的%2原因：</source>
        <translation>Reason for %2 of %1:</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>把 %1 移出本场应到名单？
他们在本场的考勤、补学和心得体会记录会一并删除。</source>
        <translation>Remove %1 from this session&apos;s attendance list?
Their attendance, make-up study and reflections records for this session are deleted too.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>操作日志</source>
        <translation>Activity Log</translation>
    </message>
    <message>
        <source>搜索姓名、内容…</source>
        <translation>Search names, content…</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>选中一条记录，这里显示完整内容。</source>
        <translation>Select a record to see it in full here.</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>共 {0} 条</source>
        <translation>{0} records</translation>
    </message>
    <message>
        <source>（只显示最近 {0} 条，请缩小日期范围或加筛选条件）</source>
        <translation>(only the latest {0} records are shown; narrow the dates or add filters)</translation>
    </message>
    <message>
        <source>；标 *** 的内容当前账户无权查看</source>
        <translation>; content marked *** is hidden from the current account</translation>
    </message>
    <message>
        <source>导出操作日志</source>
        <translation>Export Activity Log</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export Complete</translation>
    </message>
    <message>
        <source>已导出到：{0}</source>
        <translation>Exported to: {0}</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%Y年%m月%d日 %H:%M:%S</source>
        <translation>%Y-%m-%d %H:%M:%S</translation>
    </message>
    <message>
        <source>备份时间：{time}</source>
        <translation>Backed up: {time}</translation>
    </message>
    <message>
        <source>数据结构版本：{schema}（程序 {version}）</source>
        <translation>Data format version: {schema} (program {version})</translation>
    </message>
    <message>
        <source>是否加密：{answer}</source>
        <translation>Encrypted: {answer}</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>在册人员：{count} 人</source>
        <translation>Officers on the roster: {count}</translation>
    </message>
    <message>
        <source>各类数据条数：</source>
        <translation>Records by type:</translation>
    </message>
    <message>
        <source>（没有数据）</source>
        <translation>(no data)</translation>
    </message>
    <message>
        <source>文件：{path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>备份已加密</source>
        <translation>Backup Encrypted</translation>
    </message>
    <message>
        <source>备份“{name}”已加密，请输入它的密码：</source>
        <translation>The backup “{name}” is encrypted. Enter its password:</translation>
    </message>
    <message>
        <source>密码不正确</source>
        <translation>Wrong Password</translation>
    </message>
    <message>
        <source>无法读取备份</source>
        <translation>Cannot Read Backup</translation>
    </message>
    <message>
        <source>该备份已加密。
点“恢复”时会询问它的密码。

文件：{path}</source>
        <translation>This backup is encrypted.
Its password will be asked for when you click “Restore”.

File: {path}</translation>
    </message>
    <message>
        <source>该备份使用另一个密码加密（可能是更改密码以前的备份）。
点“恢复”时会询问它的密码。

文件：{path}</source>
        <translation>This backup is encrypted with a different password (perhaps made before the password was changed).
Its password will be asked for when you click “Restore”.

File: {path}</translation>
    </message>
    <message>
        <source>无法读取该备份：{error}</source>
        <translation>Cannot read this backup: {error}</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose Backup File</translation>
    </message>
    <message>
        <source>数据库备份 (*.db *.bak *.sqlite);;所有文件 (*)</source>
        <translation>Database backups (*.db *.bak *.sqlite);;All files (*)</translation>
    </message>
</context>
<context>
    <name>BatchEntryDialog</name>
    <message>
        <source>批量登记意见建议</source>
        <translation>Enter Feedback in Bulk</translation>
    </message>
    <message>
        <source>添加行</source>
        <translation>Add Row</translation>
    </message>
    <message>
        <source>删除所选行</source>
        <translation>Delete Selected Rows</translation>
    </message>
    <message>
        <source>从剪贴板粘贴（每行一条）</source>
        <translation>Paste from Clipboard (one per line)</translation>
    </message>
    <message>
        <source>收集活动</source>
        <translation>Collection event</translation>
    </message>
    <message>
        <source>来源渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>收集日期</source>
        <translation>Collected on</translation>
    </message>
    <message>
        <source>照单全收：每条意见建议占一行，内容必填；提出人可以不填。登记后统一为“待交办”。</source>
        <translation>Take everything down: one suggestion per row, content required; the submitter may be left blank. Everything entered starts as “Awaiting assignment”.</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>第</source>
        <translation>Row </translation>
    </message>
    <message>
        <source>行：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>还没有填写任何意见建议。</source>
        <translation>No suggestions have been entered yet.</translation>
    </message>
</context>
<context>
    <name>BatchOutput</name>
    <message>
        <source>生成{what}</source>
        <translation>Generate {what}</translation>
    </message>
    <message>
        <source>共 {count} 份{what}。请选择生成方式：</source>
        <translation>{count} × {what}. How do you want them generated?</translation>
    </message>
    <message>
        <source>合并为一个 PDF：每份从新的一页开始，可直接预览、打印。
每人一个文件：按“单位-姓名”命名，保存到所选文件夹。</source>
        <translation>One PDF: each starts on a new page, ready to preview and print.
One file each: named “Unit-Name”, saved to a folder you choose.</translation>
    </message>
    <message>
        <source>合并为一个 PDF</source>
        <translation>One PDF</translation>
    </message>
    <message>
        <source>每人一个文件…</source>
        <translation>One File Each…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>选择保存文件夹</source>
        <translation>Choose a Folder to Save In</translation>
    </message>
    <message>
        <source>已生成 {count} 个 PDF 文件（共 {pages} 页），保存在：
{folder}</source>
        <translation>{count} PDF files generated ({pages} pages in all), saved in:
{folder}</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation>Open Folder</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>修改专项排查</source>
        <translation>Edit special check</translation>
    </message>
    <message>
        <source>新增专项排查</source>
        <translation>New special check</translation>
    </message>
    <message>
        <source>排查项目：</source>
        <translation>Check:</translation>
    </message>
    <message>
        <source>范围：</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>全县</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <source>开始日期：</source>
        <translation>Start date:</translation>
    </message>
    <message>
        <source>已结束</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>结束日期：</source>
        <translation>End date:</translation>
    </message>
    <message>
        <source>卷宗、案件、人员…</source>
        <translation>Case files, cases, people…</translation>
    </message>
    <message>
        <source>排查数量：</source>
        <translation>Examined:</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Remarks:</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>新增排查…</source>
        <translation>New check…</translation>
    </message>
    <message>
        <source>登记一项七查、五项排查或离任人员清查</source>
        <translation>Register one of the seven checks, the five checks or the clearance of former judges and prosecutors</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>修改所选排查的范围、日期和数量</source>
        <translation>Change the selected check&apos;s scope, dates and counts</translation>
    </message>
    <message>
        <source>登记发现问题…</source>
        <translation>Record a finding…</translation>
    </message>
    <message>
        <source>所选排查发现的问题：移交线索或列入整改</source>
        <translation>A problem the selected check found: pass it on as a clue or list it for rectification</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>共 {checks} 项排查，发现问题 {findings} 个，移交线索 {clues} 条</source>
        <translation>{checks} checks, {findings} findings, {clues} passed on as clues</translation>
    </message>
    <message>
        <source>发现问题：{kind}（{scope}）</source>
        <translation>Findings: {kind} ({scope})</translation>
    </message>
    <message>
        <source>发现问题（请在上方选择一项排查）</source>
        <translation>Findings (select a check above)</translation>
    </message>
</context>
<context>
    <name>CloseReminderDialog</name>
    <message>
        <source>提醒事项整改销号：{unit}</source>
        <translation>Close Out Reminder: {unit}</translation>
    </message>
    <message>
        <source>销号</source>
        <translation>Close out</translation>
    </message>
    <message>
        <source>提醒事项：</source>
        <translation>Reminder:</translation>
    </message>
    <message>
        <source>整改情况：</source>
        <translation>What was done:</translation>
    </message>
    <message>
        <source>销号日期：</source>
        <translation>Closed on:</translation>
    </message>
    <message>
        <source>销号人：</source>
        <translation>Closed by:</translation>
    </message>
</context>
<context>
    <name>CloseTaskDialog</name>
    <message>
        <source>任务销号：第{n}项</source>
        <translation>Close out task {n}</translation>
    </message>
    <message>
        <source>销号</source>
        <translation>Close out</translation>
    </message>
    <message>
        <source>任务：</source>
        <translation>Task:</translation>
    </message>
    <message>
        <source>佐证材料：</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>通知、方案、会议记录、签到表、图片等，写明存放位置</source>
        <translation>Notices, plans, minutes, sign-in sheets, photos… and where they are kept</translation>
    </message>
    <message>
        <source>销号日期：</source>
        <translation>Closed on:</translation>
    </message>
    <message>
        <source>销号人：</source>
        <translation>Closed by:</translation>
    </message>
</context>
<context>
    <name>ClueDialog</name>
    <message>
        <source>登记问题线索</source>
        <translation>Register a problem clue</translation>
    </message>
    <message>
        <source>线索来源：</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>收到日期：</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <source>被反映人：</source>
        <translation>Person concerned:</translation>
    </message>
    <message>
        <source>姓名（台账外）：</source>
        <translation>Name (not on the roster):</translation>
    </message>
    <message>
        <source>不在人员台账中时填写</source>
        <translation>Fill in when the person is not on the roster</translation>
    </message>
    <message>
        <source>线索内容：</source>
        <translation>Clue:</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Remarks:</translation>
    </message>
</context>
<context>
    <name>CluePage</name>
    <message>
        <source>登记线索…</source>
        <translation>Register clue…</translation>
    </message>
    <message>
        <source>登记上级交办、信访移交、审查发现、举报等来源的线索</source>
        <translation>Register a clue assigned from above, passed on by the petitions office, found in a review, reported, or from elsewhere</translation>
    </message>
    <message>
        <source>处置／办结…</source>
        <translation>Dispose / conclude…</translation>
    </message>
    <message>
        <source>确定处置方式或登记办理结果，查看每一步的办理记录</source>
        <translation>Choose the disposal or record the result; see every step taken</translation>
    </message>
    <message>
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>删除误登记的线索（仅限其他来源、尚未处置的），须写明理由</source>
        <translation>Delete a clue registered by mistake (other sources, not yet disposed of only), with a reason</translation>
    </message>
    <message>
        <source>打印登记表…</source>
        <translation>Print register…</translation>
    </message>
    <message>
        <source>按当前筛选打印问题线索登记表（内部资料）</source>
        <translation>Print the clue register as filtered (internal)</translation>
    </message>
    <message>
        <source>打印处置汇总表…</source>
        <translation>Print disposal summary…</translation>
    </message>
    <message>
        <source>线索处置情况汇总表（内部资料）</source>
        <translation>Summary of clue disposal (internal)</translation>
    </message>
    <message>
        <source>导出Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>问题线索和个人自查事项导出为 Excel 文件（内部资料）</source>
        <translation>Export problem clues and self-check items to an Excel file (internal)</translation>
    </message>
    <message>
        <source>全部来源</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>只看逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>搜索编号、被反映人、内容、承办人…</source>
        <translation>Search number, person, content, handler…</translation>
    </message>
    <message>
        <source>显示 {shown} / {total} 条，逾期 {overdue} 条</source>
        <translation>Showing {shown} / {total}, {overdue} overdue</translation>
    </message>
    <message>
        <source>删除问题线索</source>
        <translation>Delete problem clue</translation>
    </message>
    <message>
        <source>删除 {code} 的理由（记入办理记录）：</source>
        <translation>Reason for deleting {code} (kept in its history):</translation>
    </message>
    <message>
        <source>打印问题线索登记表</source>
        <translation>Print clue register</translation>
    </message>
    <message>
        <source>打印线索处置情况汇总表</source>
        <translation>Print clue disposal summary</translation>
    </message>
    <message>
        <source>导出问题线索</source>
        <translation>Export problem clues</translation>
    </message>
    <message>
        <source>问题线索-{day}.xlsx</source>
        <translation>problem-leads-{day}.xlsx</translation>
    </message>
    <message>
        <source>已导出问题线索 {clues} 条、个人自查事项 {items} 项到
{path}</source>
        <translation>Exported {clues} clues and {items} self-check items to
{path}</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>登记补学完成</source>
        <translation>Record Make-up Study Done</translation>
    </message>
    <message>
        <source>如：观看会议录像、学习讲话材料，笔记经支部书记审阅</source>
        <translation>e.g. watched the meeting recording and studied the speech; notes reviewed by the branch secretary</translation>
    </message>
    <message>
        <source>选择佐证材料</source>
        <translation>Choose Evidence</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 项补学任务</source>
        <translation>
            <numerusform>%n make-up study task</numerusform>
            <numerusform>%n make-up study tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>佐证说明</source>
        <translation>Evidence note</translation>
    </message>
    <message>
        <source>佐证附件</source>
        <translation>Evidence file</translation>
    </message>
    <message>
        <source>登记完成</source>
        <translation>Record Done</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DepartmentList</name>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <source>新部门</source>
        <translation>New department</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>承诺书记录 — %1</source>
        <translation>Pledge Record — %1</translation>
    </message>
    <message>
        <source>（第%1版）</source>
        <translation> (version %1)</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>Status: </translation>
    </message>
    <message>
        <source>办理经过：</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>屏幕签名：</source>
        <translation>On-screen signature:</translation>
    </message>
    <message>
        <source>纸质件扫描件：</source>
        <translation>Scans of the paper copy:</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>删除扫描件</source>
        <translation>Delete Scan</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>（尚未附加扫描件）</source>
        <translation>(no scans attached yet)</translation>
    </message>
    <message>
        <source>打开扫描件</source>
        <translation>Open Scan</translation>
    </message>
    <message>
        <source>确定删除所选扫描件吗？此操作不能撤销。</source>
        <translation>Delete the selected scan? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>DisposalDialog</name>
    <message>
        <source>确定处置方式</source>
        <translation>Choose disposal</translation>
    </message>
    <message>
        <source>登记办理结果</source>
        <translation>Record result</translation>
    </message>
    <message>
        <source>办理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>{title}：{code}</source>
        <translation>{title}: {code}</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>{code}&#x3000;{source}&#x3000;收到 {day}&#x3000;被反映人：{subject}{unit}&#x3000;状态：{status}</source>
        <translation>{code}  {source}  received {day}  person concerned: {subject}{unit}  status: {status}</translation>
    </message>
    <message>
        <source>线索内容：</source>
        <translation>Clue:</translation>
    </message>
    <message>
        <source>处置方式：</source>
        <translation>Disposal:</translation>
    </message>
    <message>
        <source>承办单位：</source>
        <translation>Handling unit:</translation>
    </message>
    <message>
        <source>（不指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>承办人：</source>
        <translation>Handler:</translation>
    </message>
    <message>
        <source>规定时限</source>
        <translation>Set a deadline</translation>
    </message>
    <message>
        <source>办理时限：</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>说明：</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>谈话函询、初步核实须指定承办单位和时限；予以了结须写明理由，线索随即办结。</source>
        <translation>A talk or written inquiry and a preliminary verification need a handling unit and a deadline; closing a clue needs a reason, and it is then concluded.</translation>
    </message>
    <message>
        <source>办理结果：</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>办结日期：</source>
        <translation>Concluded on:</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>修改文件</source>
        <translation>Edit document</translation>
    </message>
    <message>
        <source>登记制发文件</source>
        <translation>Register document issued</translation>
    </message>
    <message>
        <source>文号：</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>新文件按本年已用的最大文号自动顺延，可修改；文号不能重复</source>
        <translation>A new document takes the next number after this year&apos;s highest; it can be changed, but numbers must be unique</translation>
    </message>
    <message>
        <source>印发日期：</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <source>文种：</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>文件标题：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>发文机关：</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Remarks:</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>留空则用教整办全称：{office}</source>
        <translation>Leave blank to use the Campaign Office&apos;s full name: {office}</translation>
    </message>
    <message>
        <source>留空则用教整办全称</source>
        <translation>Leave blank to use the Campaign Office&apos;s full name</translation>
    </message>
    <message>
        <source>整改清单编号示例：{code}</source>
        <translation>Example rectification list number: {code}</translation>
    </message>
    <message>
        <source>登记文件…</source>
        <translation>Register document…</translation>
    </message>
    <message>
        <source>登记一份制定印发的文件（文号自动顺延）</source>
        <translation>Register a document issued (the number follows on)</translation>
    </message>
    <message>
        <source>搜索文号、标题、发文机关…</source>
        <translation>Search number, title, issuer…</translation>
    </message>
    <message>
        <source>制定印发文件{n}个</source>
        <translation>{n} documents issued</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>报告标题：{title}</source>
        <translation>Report title: {title}</translation>
    </message>
    <message>
        <source>落款：{issuer}</source>
        <translation>Signed by: {issuer}</translation>
    </message>
    <message>
        <source>整改编号：{code}</source>
        <translation>Rectification number: {code}</translation>
    </message>
    <message>
        <source>阶段：{phases}</source>
        <translation>Phases: {phases}</translation>
    </message>
    <message>
        <source>暂未填写</source>
        <translation>not filled in yet</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>数据库以只读方式打开，不能修改</source>
        <translation>The database is open read-only and cannot be changed</translation>
    </message>
    <message>
        <source>未登录，不能修改</source>
        <translation>Not logged in: changes are not allowed</translation>
    </message>
    <message>
        <source>当前账户（{role}）不能修改</source>
        <translation>The current account ({role}) cannot make changes</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>加密设置</source>
        <translation>Encryption Settings</translation>
    </message>
    <message>
        <source>数据库目前没有加密：拿到数据库文件或备份的人，用其他软件也能读出其中的内容。</source>
        <translation>The database is not encrypted: anyone who gets the database file or a backup can read it with other software.</translation>
    </message>
    <message>
        <source>重要提示</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>我已了解：忘记密码后数据无法恢复</source>
        <translation>I understand: if the password is forgotten, the data cannot be recovered</translation>
    </message>
    <message>
        <source>加密密码（至少8位）</source>
        <translation>Encryption password (at least 8 characters)</translation>
    </message>
    <message>
        <source>再次输入</source>
        <translation>Enter again</translation>
    </message>
    <message>
        <source>加密后会删除备份文件夹中未加密的旧备份；以前复制到U盘等处的备份不受影响，请自行处理。</source>
        <translation>Encrypting deletes the old unencrypted backups in the backup folder; backups copied elsewhere (USB drives etc.) are not affected — please deal with them yourself.</translation>
    </message>
    <message>
        <source>加密数据库</source>
        <translation>Encrypt Database</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>请先阅读提示，并勾选“我已了解：忘记密码后数据无法恢复”。</source>
        <translation>Please read the notice and tick “I understand: if the password is forgotten, the data cannot be recovered”.</translation>
    </message>
    <message>
        <source>数据库已加密，今后打开程序需要输入这个密码。
已删除 {0} 个未加密的自动备份，并做了一个加密的新备份。</source>
        <translation>The database is encrypted; from now on this password is needed to open the program.
{0} unencrypted automatic backups were deleted and a new encrypted backup was made.</translation>
    </message>
    <message>
        <source>数据库已加密（SQLCipher，AES-256）。备份同样加密，需要同一密码才能打开。</source>
        <translation>The database is encrypted (SQLCipher, AES-256). Backups are encrypted too and need the same password.</translation>
    </message>
    <message>
        <source>更改密码</source>
        <translation>Change Password</translation>
    </message>
    <message>
        <source>原密码</source>
        <translation>Old password</translation>
    </message>
    <message>
        <source>新密码（至少8位）</source>
        <translation>New password (at least 8 characters)</translation>
    </message>
    <message>
        <source>再次输入新密码</source>
        <translation>Enter the new password again</translation>
    </message>
    <message>
        <source>更改密码前做的备份仍需用原密码打开。</source>
        <translation>Backups made before the password change still need the old password.</translation>
    </message>
    <message>
        <source>取消加密</source>
        <translation>Remove Encryption</translation>
    </message>
    <message>
        <source>当前密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>密码已更改。</source>
        <translation>The password has been changed.</translation>
    </message>
    <message>
        <source>取消加密后，数据库文件和今后的备份都不再加密，拿到文件的人可以读出全部内容。确定取消吗？</source>
        <translation>Without encryption, the database file and future backups are no longer encrypted and anyone who gets the file can read everything. Remove encryption?</translation>
    </message>
    <message>
        <source>已取消加密。</source>
        <translation>Encryption removed.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>编辑收集活动</source>
        <translation>Edit Collection Event</translation>
    </message>
    <message>
        <source>新增收集活动</source>
        <translation>New Collection Event</translation>
    </message>
    <message>
        <source>如：政法队伍教育整顿征求意见座谈会</source>
        <translation>e.g. Feedback symposium of the Education and Rectification Campaign for Political-Legal Personnel</translation>
    </message>
    <message>
        <source>会议室、走访地点，或热线号码、信箱、发布渠道</source>
        <translation>Meeting room, place visited, or hotline number, mailbox, publication channel</translation>
    </message>
    <message>
        <source> 份</source>
        <translation> files</translation>
    </message>
    <message>
        <source>参加人员（人次）</source>
        <translation>Participants (person-times)</translation>
    </message>
    <message>
        <source>形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>活动名称</source>
        <translation>Event name</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>地点或渠道</source>
        <translation>Place or channel</translation>
    </message>
    <message>
        <source>组织单位</source>
        <translation>Organised by</translation>
    </message>
    <message>
        <source>查阅卷宗</source>
        <translation>Case files reviewed</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>合计：</source>
        <translation>Total: </translation>
    </message>
    <message>
        <source> 人次</source>
        <translation> person-times</translation>
    </message>
</context>
<context>
    <name>ExcelExport</name>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>ExportAllDialog</name>
    <message>
        <source>导出全部台账</source>
        <translation>Export All Ledgers</translation>
    </message>
    <message>
        <source>把人员台账、学习活动、考勤明细、谈话记录、整改清单、承诺书、专项排查、任务督导、会议与选树、我为群众办实事和建章立制导出到一个 Excel 文件，每个台账一张工作表。</source>
        <translation>Export the roster, study sessions, attendance, talks, rectification list, pledges, special checks, task supervision, meetings and models, service to the people and rules to one Excel file, one sheet per ledger.</translation>
    </message>
    <message>
        <source>包含完整身份证号（默认隐去出生日期）</source>
        <translation>Include full ID numbers (the date of birth is hidden by default)</translation>
    </message>
    <message>
        <source>包含谈话内容（主要内容、反映的问题、意见建议；保密信息）</source>
        <translation>Include talk content (main content, problems raised, suggestions; confidential)</translation>
    </message>
    <message>
        <source>包含问题线索登记表和个人自查事项（保密信息）</source>
        <translation>Include the problem clue register and self-check items (confidential)</translation>
    </message>
    <message>
        <source>选择文件并导出…</source>
        <translation>Choose File and Export…</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>登记意见…</source>
        <translation>Enter Feedback…</translation>
    </message>
    <message>
        <source>登记一条意见建议</source>
        <translation>Enter one suggestion</translation>
    </message>
    <message>
        <source>批量登记…</source>
        <translation>Bulk Entry…</translation>
    </message>
    <message>
        <source>把一次座谈会等收集到的意见建议一次登记进来</source>
        <translation>Enter all the suggestions collected at a symposium or similar in one go</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>查看、修改所选意见建议，办理交办、整改、销号</source>
        <translation>View or edit the selected suggestion; assign, rectify, close out</translation>
    </message>
    <message>
        <source>交办…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>把所选“待交办”的意见建议交给一个责任单位</source>
        <translation>Assign the selected suggestions awaiting assignment to a responsible unit</translation>
    </message>
    <message>
        <source>合并重复…</source>
        <translation>Merge Duplicates…</translation>
    </message>
    <message>
        <source>把反映同一问题的几条合并为一条，保留所有提出人</source>
        <translation>Merge several suggestions about the same issue into one, keeping every submitter</translation>
    </message>
    <message>
        <source>回复函…</source>
        <translation>Reply Letter…</translation>
    </message>
    <message>
        <source>为所选意见建议生成回复函 PDF</source>
        <translation>Generate reply letter PDFs for the selected suggestions</translation>
    </message>
    <message>
        <source>打印整改清单…</source>
        <translation>Print Rectification List…</translation>
    </message>
    <message>
        <source>按当前的单位和状态筛选，生成横向整改清单 PDF</source>
        <translation>Generate a landscape rectification list PDF for the current unit and status filter</translation>
    </message>
    <message>
        <source>打印逾期清单…</source>
        <translation>Print Overdue List…</translation>
    </message>
    <message>
        <source>按责任单位列出已逾期未销号的意见建议</source>
        <translation>List overdue suggestions not yet closed out, by responsible unit</translation>
    </message>
    <message>
        <source>导出Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>把整改清单导出为 Excel 文件</source>
        <translation>Export the rectification list to an Excel file</translation>
    </message>
    <message>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>编号前缀和意见建议类别</source>
        <translation>Number prefix and feedback categories</translation>
    </message>
    <message>
        <source>新增活动…</source>
        <translation>New Event…</translation>
    </message>
    <message>
        <source>编辑活动…</source>
        <translation>Edit Event…</translation>
    </message>
    <message>
        <source>删除活动</source>
        <translation>Delete Event</translation>
    </message>
    <message>
        <source>显示全部意见建议</source>
        <translation>Show All Feedback</translation>
    </message>
    <message>
        <source>收集活动（座谈会、走访、征求意见函、热线信箱、民主生活会、卷宗评查、督导反馈）</source>
        <translation>Collection events (symposiums, visits, consultation letters, hotline and mailbox, democratic life meetings, case file reviews, inspection feedback)</translation>
    </message>
    <message>
        <source>搜索编号、内容、提出人、责任人、措施…</source>
        <translation>Search number, content, submitter, person responsible, measures…</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>全部时限</source>
        <translation>All deadlines</translation>
    </message>
    <message>
        <source>隐藏已合并</source>
        <translation>Hide merged</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>已逾期（红底）</source>
        <translation>Overdue (red)</translation>
    </message>
    <message>
        <source>7日内到期（黄底）</source>
        <translation>Due within 7 days (yellow)</translation>
    </message>
    <message>
        <source>&#x3000;灰色斜体：已合并到其他条目的重复意见（提出人计入保留的条目）</source>
        <translation>  Grey italics: duplicates merged into another item (their submitters count for the item kept)</translation>
    </message>
    <message>
        <source>意见建议整改清单</source>
        <translation>Feedback Rectification List</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>共</source>
        <translation>In all</translation>
    </message>
    <message>
        <source>次活动，</source>
        <translation>events, </translation>
    </message>
    <message>
        <source>人次参加</source>
        <translation>person-times took part</translation>
    </message>
    <message>
        <source>，查阅卷宗 </source>
        <translation>, reviewed </translation>
    </message>
    <message>
        <source>份</source>
        <translation>case files</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Showing</translation>
    </message>
    <message>
        <source>条</source>
        <translation>items</translation>
    </message>
    <message>
        <source>还没有登记意见建议。</source>
        <translation>No feedback has been entered yet.</translation>
    </message>
    <message>
        <source>（另有已合并{merged}条）</source>
        <translation> (plus {merged} merged)</translation>
    </message>
    <message>
        <source>意见建议{total}条{merged}：已销号{closed}条（{share}），办理中{open}条，不予采纳{rejected}条；已逾期{overdue}条，7日内到期{due_soon}条</source>
        <translation>{total} suggestions{merged}: {closed} closed out ({share}), {open} in progress, {rejected} not adopted; {overdue} overdue, {due_soon} due within 7 days</translation>
    </message>
    <message>
        <source>意见建议整改清单 — 仅显示：</source>
        <translation>Feedback Rectification List — showing only: </translation>
    </message>
    <message>
        <source>选择一次活动，下方只显示该活动收集的意见建议；点“显示全部意见建议”回到整个清单。</source>
        <translation>Select an event to see only the feedback it collected; click “Show All Feedback” to return to the whole list.</translation>
    </message>
    <message>
        <source>意见建议整改清单（全部）</source>
        <translation>Feedback Rectification List (all)</translation>
    </message>
    <message>
        <source>编辑活动</source>
        <translation>Edit Event</translation>
    </message>
    <message>
        <source>请先在上方选择一次收集活动。</source>
        <translation>Please select a collection event above first.</translation>
    </message>
    <message>
        <source>删除所选收集活动？</source>
        <translation>Delete the selected collection event?</translation>
    </message>
    <message>
        <source>正在生成</source>
        <translation>Generating</translation>
    </message>
    <message>
        <source>打印整改清单</source>
        <translation>Print Rectification List</translation>
    </message>
    <message>
        <source>打印逾期清单</source>
        <translation>Print Overdue List</translation>
    </message>
    <message>
        <source>整改清单（Excel）…</source>
        <translation>Rectification List (Excel)…</translation>
    </message>
    <message>
        <source>导出整改清单</source>
        <translation>Export Rectification List</translation>
    </message>
    <message>
        <source>整改清单-{day}.xlsx</source>
        <translation>rectification-list-{day}.xlsx</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>条意见建议到</source>
        <translation>suggestions to</translation>
    </message>
    <message>
        <source>征求意见</source>
        <translation>Feedback</translation>
    </message>
</context>
<context>
    <name>FigureCards</name>
    <message>
        <source>在岗在编干警</source>
        <translation>Officers in post</translation>
    </message>
    <message>
        <source>学习教育活动</source>
        <translation>Study sessions</translation>
    </message>
    <message>
        <source>学习心得体会</source>
        <translation>Reflections</translation>
    </message>
    <message>
        <source>补学未完成</source>
        <translation>Make-up open</translation>
    </message>
    <message>
        <source>谈心谈话</source>
        <translation>Talks</translation>
    </message>
    <message>
        <source>谈话覆盖</source>
        <translation>Talk coverage</translation>
    </message>
    <message>
        <source>征求意见建议</source>
        <translation>Feedback collected</translation>
    </message>
    <message>
        <source>已整改销号</source>
        <translation>Closed out</translation>
    </message>
    <message>
        <source>逾期未销号</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>承诺书签订</source>
        <translation>Pledges signed</translation>
    </message>
    <message>
        <source>自查说明问题</source>
        <translation>Self-disclosed</translation>
    </message>
    <message>
        <source>问题线索</source>
        <translation>Problem clues</translation>
    </message>
    <message>
        <source>人</source>
        <translation> people</translation>
    </message>
    <message>
        <source>另有{text}人不计入</source>
        <translation>Not counted: {text}</translation>
    </message>
    <message>
        <source>人员台账在岗在编</source>
        <translation>In post on the roster</translation>
    </message>
    <message>
        <source>出勤率{rate}</source>
        <translation>Attendance {rate}</translation>
    </message>
    <message>
        <source>，另计划{n}场次</source>
        <translation>, {n} more planned</translation>
    </message>
    <message>
        <source>场次</source>
        <translation> sessions</translation>
    </message>
    <message>
        <source>篇</source>
        <translation> reflections</translation>
    </message>
    <message>
        <source>参学{n}人次</source>
        <translation>{n} person-times attended</translation>
    </message>
    <message>
        <source>人次</source>
        <translation> person-times</translation>
    </message>
    <message>
        <source>逾期{overdue}，已完成{done}</source>
        <translation>{overdue} overdue, {done} done</translation>
    </message>
    <message>
        <source>{rounds}轮，谈话{talks}次</source>
        <translation>{rounds} rounds, {talks} talks</translation>
    </message>
    <message>
        <source>全覆盖</source>
        <translation>Full coverage</translation>
    </message>
    <message>
        <source>{name}已谈{talked}/{expected}人</source>
        <translation>{name}: {talked}/{expected} talked to</translation>
    </message>
    <message>
        <source>还没有谈话记录</source>
        <translation>No talks recorded yet</translation>
    </message>
    <message>
        <source>点击查看{name}未谈名单</source>
        <translation>Click to see who is not yet talked to in {name}</translation>
    </message>
    <message>
        <source>，另合并{n}条</source>
        <translation>, {n} more merged</translation>
    </message>
    <message>
        <source>条</source>
        <translation> items</translation>
    </message>
    <message>
        <source>涉“六大顽瘴痼疾”{n}条</source>
        <translation>{n} on the six persistent problems</translation>
    </message>
    <message>
        <source>销号率{rate}，办理中{open}条</source>
        <translation>{rate} closed out, {open} in progress</translation>
    </message>
    <message>
        <source>7日内到期{n}条</source>
        <translation>{n} due within 7 days</translation>
    </message>
    <message>
        <source>共下发{issued}份，未签{n}份</source>
        <translation>{issued} issued, {n} not signed</translation>
    </message>
    <message>
        <source>含公开承诺{n}份；</source>
        <translation>incl. {n} public pledges; </translation>
    </message>
    <message>
        <source>份</source>
        <translation> copies</translation>
    </message>
    <message>
        <source>点击查看未签署的承诺书</source>
        <translation>Click to see the unsigned pledges</translation>
    </message>
    <message>
        <source>自查事项{items}项，已审核{done}项</source>
        <translation>{items} items, {done} reviewed</translation>
    </message>
    <message>
        <source>点击打开“查纠整改”个人自查（需“问题线索”权限才显示明细）</source>
        <translation>Click to open the self-checks (details need the Problem clues permission)</translation>
    </message>
    <message>
        <source>逾期{overdue}条，未办结{open}条</source>
        <translation>{overdue} overdue, {open} open</translation>
    </message>
    <message>
        <source>点击打开“查纠整改”问题线索台账（需“问题线索”权限才显示明细）</source>
        <translation>Click to open the clue ledger (details need the Problem clues permission)</translation>
    </message>
    <message>
        <source>点击查看明细</source>
        <translation>Click for details</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>查找姓名</source>
        <translation>Find name</translation>
    </message>
    <message>
        <source>只看出勤率低于90%或有未完成补学的人</source>
        <translation>Only people below 90% attendance or with unfinished make-up study</translation>
    </message>
    <message>
        <source>按活动类型</source>
        <translation>By activity type</translation>
    </message>
    <message>
        <source>按单位</source>
        <translation>By unit</translation>
    </message>
    <message>
        <source>按人员</source>
        <translation>By person</translation>
    </message>
    <message>
        <source>学习活动 %1 场（已举行 %2，计划 %3）；应到 %4 人次，实到 %5 人次，出勤率 %6；补学已完成 %7、未完成 %8（逾期 %9）；心得体会 %10 篇</source>
        <translation>%1 study sessions (%2 held, %3 planned); expected %4 person-times, present %5, attendance %6; make-up study %7 done, %8 open (%9 overdue); %10 reflections</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>可不填；选中的文件会复制保存在数据库旁的附件文件夹中</source>
        <translation>Optional; the chosen file is copied into the attachments folder beside the database</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose File…</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>登记发现问题：{kind}</source>
        <translation>Record a finding: {kind}</translation>
    </message>
    <message>
        <source>发现日期：</source>
        <translation>Found on:</translation>
    </message>
    <message>
        <source>涉及人员：</source>
        <translation>Person concerned:</translation>
    </message>
    <message>
        <source>发现问题：</source>
        <translation>Finding:</translation>
    </message>
    <message>
        <source>处理方式：</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>选择“{action}”时，保存后自动登记为问题线索（来源：审查发现），须选择涉及人员。</source>
        <translation>With “{action}” the finding is registered as a problem clue when saved (source: found in review); choose the person concerned.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HeroesPage</name>
    <message>
        <source>登记推荐…</source>
        <translation>Register recommendation…</translation>
    </message>
    <message>
        <source>登记一名单位推荐参加“最美政法干警”评选的干警</source>
        <translation>Register an officer a unit recommended for the “most admirable officer” selection</translation>
    </message>
    <message>
        <source>搜索姓名、单位、事迹、荣誉…</source>
        <translation>Search name, unit, deeds, honour…</translation>
    </message>
    <message>
        <source>全部层级</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>推荐{n}人：市级候选{city}人，县级评选{county}人，当选{elected}人，先进典型{typical}人</source>
        <translation>{n} recommended: city candidates {city}, county selection {county}, elected {elected}, role models {typical}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>导入预览 — %s</source>
        <translation>Import Preview — %s</translation>
    </message>
    <message>
        <source>工作表“%1”，表头在第 %2 行。%3。</source>
        <translation>Sheet “%1”, header in row %2. %3.</translation>
    </message>
    <message>
        <source>文件中有 %1 处问题。有问题时不会写入任何数据：请按下面的清单修改 Excel 文件，保存后重新导入。</source>
        <translation>The file has %1 problem(s). Nothing is written while there are problems: correct the Excel file as listed below, save it and import again.</translation>
    </message>
    <message>
        <source>以下列不属于人员台账，不会导入：</source>
        <translation>These columns are not part of the Roster and will not be imported:</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>判断依据</source>
        <translation>Matched by</translation>
    </message>
    <message>
        <source>不同之处（现有 → 表格）</source>
        <translation>Differences (current → sheet)</translation>
    </message>
    <message>
        <source>（在回收站中）</source>
        <translation> (in the trash)</translation>
    </message>
    <message>
        <source>相同</source>
        <translation>Same</translation>
    </message>
    <message>
        <source>问题（%1）</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>新增（%1）</source>
        <translation>New (%1)</translation>
    </message>
    <message>
        <source>与现有人员重复（%1）</source>
        <translation>Already on the roster (%1)</translation>
    </message>
    <message>
        <source>用表格中的信息更新这些人员（空白单元格不会清除已有信息）</source>
        <translation>Update these people from the sheet (blank cells do not clear existing details)</translation>
    </message>
    <message>
        <source>跳过这些人员，保留现有信息</source>
        <translation>Skip these people and keep the existing details</translation>
    </message>
    <message>
        <source>对与现有人员重复、且信息不同的 %1 人：</source>
        <translation>For the %1 people already on the roster with different details:</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>处理单位后重新检查</source>
        <translation>Apply Unit Choices and Check Again</translation>
    </message>
    <message>
        <source>复制问题清单</source>
        <translation>Copy Problem List</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>表格中的人员都已在台账中，信息相同，无需导入。</source>
        <translation>Everyone in the sheet is already on the Roster with the same details; nothing to import.</translation>
    </message>
    <message>
        <source>表中有 %1 个单位不在单位列表中（全称、简称、别名都对不上）。请逐个选择：是新单位，还是已有单位的另一种叫法（将记为该单位的别名，以后导入自动识别）。</source>
        <translation>%1 unit(s) in the sheet are not in the unit list (no full name, short name or alias matches). For each one, choose whether it is a new unit or another name for an existing unit (it is then recorded as an alias of that unit and recognised in later imports).</translation>
    </message>
    <message>
        <source>请选择…</source>
        <translation>Please choose…</translation>
    </message>
    <message>
        <source>创建新单位“%1”</source>
        <translation>Create new unit “%1”</translation>
    </message>
    <message>
        <source>归入已有单位：%1</source>
        <translation>Add to existing unit: %1</translation>
    </message>
    <message>
        <source>“%1”（第%2行）</source>
        <translation>“%1” (row %2)</translation>
    </message>
</context>
<context>
    <name>IngrainedPage</name>
    <message>
        <source>新增整治措施…</source>
        <translation>New measure…</translation>
    </message>
    <message>
        <source>为所选的顽瘴痼疾登记一项整治措施</source>
        <translation>Register a measure against the selected ingrained problem</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>修改措施、责任单位、时限和进展</source>
        <translation>Change the measure, responsible unit, deadline and progress</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除误登记的整治措施</source>
        <translation>Delete a measure registered by mistake</translation>
    </message>
    <message>
        <source>六大顽瘴痼疾逐项整治：每项措施明确责任单位和完成时限，以建章立制巩固整治成果。选中上方一项只看该项的措施。</source>
        <translation>The six ingrained problems, one by one: every measure has a responsible unit and a deadline, and rules and systems make the results last. Select a problem above to see its measures only.</translation>
    </message>
    <message>
        <source>显示 {shown} / {total} 项措施</source>
        <translation>Showing {shown} / {total} measures</translation>
    </message>
    <message>
        <source>删除整治措施</source>
        <translation>Delete measure</translation>
    </message>
    <message>
        <source>删除这项整治措施（{label}）？</source>
        <translation>Delete this measure ({label})?</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>下发承诺书</source>
        <translation>Issue Pledges</translation>
    </message>
    <message>
        <source>（草稿，待审定）</source>
        <translation> (draft, not yet approved)</translation>
    </message>
    <message>
        <source>全部在岗干警（纳入教育整顿的）</source>
        <translation>All officers in post (in the campaign)</translation>
    </message>
    <message>
        <source>按单位、部门：</source>
        <translation>By unit and department:</translation>
    </message>
    <message>
        <source>按条件筛选（姓名、部门或职务含）：</source>
        <translation>Name, department or post contains:</translation>
    </message>
    <message>
        <source>政法系统外党政领导干部：</source>
        <translation>Leaders outside the system:</translation>
    </message>
    <message>
        <source>如：派出所、庭长</source>
        <translation>e.g. 派出所, 庭长</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>对已有此承诺书的人也重新下发（原承诺书保留为历史记录，不再计入进度）</source>
        <translation>Reissue also to people who already have this pledge (the earlier one is kept as history and no longer counts towards progress)</translation>
    </message>
    <message>
        <source>下发对象</source>
        <translation>Issue to</translation>
    </message>
    <message>
        <source>下发</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>承诺书模板：</source>
        <translation>Pledge template:</translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>该模板的当前版本是程序提供的草稿，尚未经教整办审定。建议先在“模板”页审定或修改后再下发。</source>
        <translation>The current version of this template is the draft supplied with the program and has not been approved by the campaign office yet. Approve or revise it on the “Templates” page before issuing it.</translation>
    </message>
    <message numerus="yes">
        <source>将下发给 %n 人</source>
        <translation>
            <numerusform>To be issued to %n person</numerusform>
            <numerusform>To be issued to %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>（其中 %n 人已有此承诺书）</source>
        <translation>
            <numerusform> (%n of them already has this pledge)</numerusform>
            <numerusform> (%n of them already have this pledge)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1：</source>
        <comment>a label ending in a colon</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>只下发给其余的人</source>
        <translation>Issue to the Others Only</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>修改自查事项</source>
        <translation>Edit self-check item</translation>
    </message>
    <message>
        <source>填报个人自查事项</source>
        <translation>New self-check item</translation>
    </message>
    <message>
        <source>干警：</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <source>填报日期：</source>
        <translation>Reported on:</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>自查事项：</source>
        <translation>Self-check item:</translation>
    </message>
    <message>
        <source>来源谈话：</source>
        <translation>From talk:</translation>
    </message>
    <message>
        <source>该干警在谈心谈话中主动说明问题的谈话（谈话内容在谈心谈话中查看）</source>
        <translation>The officer&apos;s talk in which the problem was disclosed (the talk&apos;s content is under Heart-to-heart talks)</translation>
    </message>
    <message>
        <source>主动说明（本人在自查中主动说明的问题）</source>
        <translation>Disclosed (raised by the officer in the self-check)</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <source>该事项已进入审核（{stage}），内容不能再修改。</source>
        <translation>The item is under review ({stage}); its content can no longer be changed.</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>{label}（主动说明问题）</source>
        <translation>{label} (problem disclosed)</translation>
    </message>
</context>
<context>
    <name>LeaderDialog</name>
    <message>
        <source>编辑系统外领导干部</source>
        <translation>Edit Leader Outside the System</translation>
    </message>
    <message>
        <source>新增系统外领导干部</source>
        <translation>New Leader Outside the System</translation>
    </message>
    <message>
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>单位 *</source>
        <translation>Unit *</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>政法系统以外、签订“三个规定”公开承诺的党政领导干部。不登记身份证号。</source>
        <translation>Party and government leaders outside the political-legal system who signed the “Three Provisions” public pledge. No ID number is recorded.</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>未签署（待打印、已打印）</source>
        <translation>Not signed (to print, printed)</translation>
    </message>
    <message>
        <source>查找姓名、部门、职务</source>
        <translation>Find name, department, post</translation>
    </message>
    <message>
        <source>承诺书：</source>
        <translation>Pledge:</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>下发承诺书…</source>
        <translation>Issue Pledges…</translation>
    </message>
    <message>
        <source>生成打印文件…</source>
        <translation>Generate PDFs…</translation>
    </message>
    <message>
        <source>登记已签署…</source>
        <translation>Mark Signed…</translation>
    </message>
    <message>
        <source>屏幕签名…</source>
        <translation>Sign on Screen…</translation>
    </message>
    <message>
        <source>附加扫描件…</source>
        <translation>Attach Scan…</translation>
    </message>
    <message>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>更多</source>
        <translation>More</translation>
    </message>
    <message>
        <source>查看记录和扫描件…</source>
        <translation>View Record and Scans…</translation>
    </message>
    <message>
        <source>预览当前行的承诺书</source>
        <translation>Preview Pledge in Current Row</translation>
    </message>
    <message>
        <source>登记为已打印（勾选的）…</source>
        <translation>Mark Printed (ticked)…</translation>
    </message>
    <message>
        <source>撤销上一步（勾选的）</source>
        <translation>Undo Last Step (ticked)</translation>
    </message>
    <message>
        <source>撤回未签署的承诺书（勾选的）…</source>
        <translation>Withdraw Unsigned Pledges (ticked)…</translation>
    </message>
    <message>
        <source>全选</source>
        <translation>Tick All</translation>
    </message>
    <message>
        <source>全不选</source>
        <translation>Untick All</translation>
    </message>
    <message>
        <source>全部承诺书</source>
        <translation>All pledges</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>显示 %1 份，已勾选 %2 份</source>
        <translation>%1 shown, %2 ticked</translation>
    </message>
    <message>
        <source>请先勾选要%1的承诺书（表格第一列），或选中一行。</source>
        <translation>%1: first tick the pledges (first column of the table) or select a row.</translation>
    </message>
    <message numerus="yes">
        <source>已下发 %n 份</source>
        <translation>
            <numerusform>Issued %n pledge</numerusform>
            <numerusform>Issued %n pledges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>跳过已有的 %n 人</source>
        <translation>
            <numerusform>skipped %n person who already had it</numerusform>
            <numerusform>skipped %n people who already had it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>重新下发 %n 人</source>
        <translation>
            <numerusform>reissued to %n person</numerusform>
            <numerusform>reissued to %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>，</source>
        <comment>between the parts of a message</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>（第%1版）</source>
        <translation> (version %1)</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>承诺书</source>
        <translation>Pledges</translation>
    </message>
    <message>
        <source>生成承诺书</source>
        <translation>Generate Pledges</translation>
    </message>
    <message numerus="yes">
        <source>承诺书（%n 份）</source>
        <translation>
            <numerusform>Pledge (%n)</numerusform>
            <numerusform>Pledges (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>选择保存承诺书的文件夹</source>
        <translation>Choose a Folder for the Pledges</translation>
    </message>
    <message>
        <source>已生成打印文件。打印后请在“更多 → 登记为已打印”中登记。</source>
        <translation>PDFs generated. After printing, record it under “More → Mark Printed”.</translation>
    </message>
    <message numerus="yes">
        <source>已打印 %n 份，状态已改为“已打印”</source>
        <translation>
            <numerusform>%n pledge printed; its status is now “Printed”</numerusform>
            <numerusform>%n pledges printed; their status is now “Printed”</numerusform>
        </translation>
    </message>
    <message>
        <source>登记为已打印</source>
        <translation>Mark Printed</translation>
    </message>
    <message numerus="yes">
        <source>确认所选的 %n 份承诺书已经打印出来？</source>
        <translation>
            <numerusform>Confirm that the %n selected pledge has been printed?</numerusform>
            <numerusform>Confirm that the %n selected pledges have been printed?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已登记 %n 份为已打印</source>
        <translation>
            <numerusform>%n pledge marked as printed</numerusform>
            <numerusform>%n pledges marked as printed</numerusform>
        </translation>
    </message>
    <message>
        <source>登记已签署</source>
        <translation>Mark Signed</translation>
    </message>
    <message numerus="yes">
        <source>已登记 %n 份为已签署</source>
        <translation>
            <numerusform>%n pledge marked as signed</numerusform>
            <numerusform>%n pledges marked as signed</numerusform>
        </translation>
    </message>
    <message>
        <source>屏幕签名</source>
        <translation>Sign on Screen</translation>
    </message>
    <message>
        <source>屏幕签名一次为一人签署，请只勾选或选中一份。</source>
        <translation>On-screen signing is for one person at a time: tick or select only one pledge.</translation>
    </message>
    <message>
        <source>已签名。可在“更多 → 预览当前行的承诺书”查看带签名的承诺书。</source>
        <translation>Signed. “More → Preview Pledge in Current Row” shows the pledge with its signature.</translation>
    </message>
    <message>
        <source>附加扫描件</source>
        <translation>Attach Scan</translation>
    </message>
    <message>
        <source>扫描件附加到一份承诺书，请只勾选或选中一份。</source>
        <translation>A scan belongs to one pledge: tick or select only one.</translation>
    </message>
    <message>
        <source>选择纸质承诺书的扫描件</source>
        <translation>Choose Scans of the Paper Pledge</translation>
    </message>
    <message>
        <source>扫描件 (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>扫描件已附加。是否同时将%1的承诺书登记为已签署？</source>
        <translation>Scan attached. Also mark the pledge of %1 as signed?</translation>
    </message>
    <message numerus="yes">
        <source>已附加 %n 个扫描件</source>
        <translation>
            <numerusform>%n scan attached</numerusform>
            <numerusform>%n scans attached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已归档 %n 份</source>
        <translation>
            <numerusform>%n pledge archived</numerusform>
            <numerusform>%n pledges archived</numerusform>
        </translation>
    </message>
    <message>
        <source>撤销上一步</source>
        <translation>Undo Last Step</translation>
    </message>
    <message numerus="yes">
        <source>将 %n 份承诺书退回上一步（已归档→已签署→已打印→待打印）。屏幕签名会被删除。继续吗？</source>
        <translation>
            <numerusform>Move %n pledge back one step (Archived → Signed → Printed → To print)? An on-screen signature is deleted.</numerusform>
            <numerusform>Move %n pledges back one step (Archived → Signed → Printed → To print)? On-screen signatures are deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>撤回</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>撤回承诺书</source>
        <translation>Withdraw Pledges</translation>
    </message>
    <message numerus="yes">
        <source>撤回（删除）%n 份尚未签署的承诺书？用于误下发的情况。</source>
        <translation>
            <numerusform>Withdraw (delete) %n unsigned pledge? This is for a pledge issued by mistake.</numerusform>
            <numerusform>Withdraw (delete) %n unsigned pledges? This is for pledges issued by mistake.</numerusform>
        </translation>
    </message>
    <message>
        <source>查看记录</source>
        <translation>View Record</translation>
    </message>
    <message>
        <source>请先选中一行。</source>
        <translation>Select a row first.</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>ListEditorDialog</name>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ListingDialog</name>
    <message>
        <source>人员台账</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>学习教育</source>
        <translation>Study</translation>
    </message>
    <message>
        <source>谈心谈话</source>
        <translation>Heart-to-heart Talks</translation>
    </message>
    <message>
        <source>征求意见</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>承诺书</source>
        <translation>Pledges</translation>
    </message>
    <message>
        <source>在这些记录中查找…</source>
        <translation>Search these records…</translation>
    </message>
    <message>
        <source>双击一行打开该人员的一人一档。</source>
        <translation>Double-click a row to open that person&apos;s personal file.</translation>
    </message>
    <message>
        <source>到“{tab}”页查看</source>
        <translation>Open in “{tab}”</translation>
    </message>
    <message>
        <source>该页不按统计期间筛选，显示的是全部记录</source>
        <translation>That tab does not filter by period: it shows all records</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <source>显示 {shown} / {n} 条</source>
        <translation>Showing {shown} of {n}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>屏幕已锁定</source>
        <translation>Screen Locked</translation>
    </message>
    <message>
        <source>{0}（{1}）已登录。离开期间数据已隐藏，请输入密码继续。</source>
        <translation>{0} ({1}) is logged in. Data was hidden while you were away; enter the password to continue.</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>换人登录…</source>
        <translation>Switch User…</translation>
    </message>
    <message>
        <source>密码不正确。</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>换人登录</source>
        <translation>Switch User</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录 — {0}</source>
        <translation>Log In — {0}</translation>
    </message>
    <message>
        <source>请登录</source>
        <translation>Please log in</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log In</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Exit</translation>
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
        <translation>&lt;p&gt;Ledgers for the Education and Rectification Campaign for Political-Legal Personnel: Roster, study, heart-to-heart talks, feedback and pledges.&lt;/p&gt;&lt;p&gt;All data stays on this computer; nothing goes over the network.&lt;/p&gt;</translation>
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
    <name>MakeupPanel</name>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>未完成（含逾期）</source>
        <translation>Open (incl. overdue)</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>查找姓名</source>
        <translation>Find name</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>登记完成…</source>
        <translation>Record Done…</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>各单位补学情况（点击一行只看该单位）</source>
        <translation>Make-up study by unit (click a row to see only that unit)</translation>
    </message>
    <message>
        <source>补学任务 %1 项：已完成 %2，未完成 %3（其中逾期 %4）；当前列出 %5 项</source>
        <translation>%1 make-up study tasks: %2 done, %3 open (%4 overdue); %5 listed</translation>
    </message>
    <message>
        <source>登记完成</source>
        <translation>Record Done</translation>
    </message>
    <message>
        <source>请先选中未完成的补学任务。</source>
        <translation>Please select an open make-up study task first.</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>修改措施</source>
        <translation>Edit measure</translation>
    </message>
    <message>
        <source>新增措施</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>措施名称：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>措施类别：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>出台单位：</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>出台日期：</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <source>落实情况：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>修改整治措施</source>
        <translation>Edit measure</translation>
    </message>
    <message>
        <source>新增整治措施</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>顽瘴痼疾：</source>
        <translation>Ingrained problem:</translation>
    </message>
    <message>
        <source>整治措施：</source>
        <translation>Measure:</translation>
    </message>
    <message>
        <source>责任单位：</source>
        <translation>Responsible unit:</translation>
    </message>
    <message>
        <source>县教整办</source>
        <translation>County office</translation>
    </message>
    <message>
        <source>有时限</source>
        <translation>Has a deadline</translation>
    </message>
    <message>
        <source>完成时限：</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>完成日期：</source>
        <translation>Completed on:</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>关联制度：</source>
        <translation>Rules:</translation>
    </message>
</context>
<context>
    <name>MeasurePage</name>
    <message>
        <source>措施类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>新增措施…</source>
        <translation>New measure…</translation>
    </message>
    <message>
        <source>登记一条出台的措施</source>
        <translation>Record a measure that was issued</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>修改所选措施</source>
        <translation>Edit the selected measure</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>把所选措施移入回收站</source>
        <translation>Move the selected measure to the trash</translation>
    </message>
    <message>
        <source>显示 {n} 条措施</source>
        <translation>{n} measures shown</translation>
    </message>
    <message>
        <source>删除措施</source>
        <translation>Delete measure</translation>
    </message>
    <message>
        <source>把措施“{title}”移入回收站？</source>
        <translation>Move the measure “{title}” to the trash?</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>修改会议</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <source>登记会议</source>
        <translation>Register meeting</translation>
    </message>
    <message>
        <source>会议类别：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>召开日期：</source>
        <translation>Held on:</translation>
    </message>
    <message>
        <source>议题：</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>如 研究部署全县政法队伍教育整顿工作</source>
        <translation>e.g. deploying the county&apos;s campaign</translation>
    </message>
    <message>
        <source>主持人：</source>
        <translation>Presided by:</translation>
    </message>
    <message>
        <source>参会人数：</source>
        <translation>Attendees:</translation>
    </message>
    <message>
        <source>邀请媒体参加</source>
        <translation>Media invited</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Remarks:</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>登记会议…</source>
        <translation>Register meeting…</translation>
    </message>
    <message>
        <source>登记一次县委常委会议、领导小组会议、新闻发布会或其他会议</source>
        <translation>Register a standing committee meeting, leading group meeting, press conference or other meeting</translation>
    </message>
    <message>
        <source>搜索议题、主持人、备注…</source>
        <translation>Search topic, chair, remarks…</translation>
    </message>
    <message>
        <source>全部会议</source>
        <translation>All meetings</translation>
    </message>
    <message>
        <source>共{n}次：</source>
        <translation>{n} in all: </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>合并重复意见建议</source>
        <translation>Merge Duplicate Feedback</translation>
    </message>
    <message>
        <source>反映问题相同</source>
        <translation>Same issue raised</translation>
    </message>
    <message>
        <source>保留为</source>
        <translation>Keep as</translation>
    </message>
    <message>
        <source>合并说明</source>
        <translation>Merge note</translation>
    </message>
    <message>
        <source>其余条目并入所选条目：不会删除，仍在台账中显示为“已合并”，它们的提出人和来源都计入保留的条目。</source>
        <translation>The other items are merged into the selected one: they are not deleted and stay in the ledger marked “Merged”; their submitters and sources count for the item kept.</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>会议通知 — 修改文字后打印</source>
        <translation>Meeting Notice — Edit the Text, Then Print</translation>
    </message>
    <message>
        <source>此通知文字修改后，学习活动的时间、地点或参加范围等又有改动，文字未随之更新。请核对，或点“恢复自动生成的文字”。</source>
        <translation>Since this notice text was edited, the session&apos;s time, place or attendees changed and the text was not updated. Please check it, or click “Restore Generated Text”.</translation>
    </message>
    <message>
        <source>这是上次修改并保存的通知文字。</source>
        <translation>This is the notice text as last edited and saved.</translation>
    </message>
    <message>
        <source>正文每行一段：以“一、”开头的行用黑体，以“（一）”开头的行首句用楷体。附件每行一件：“参会回执”会附回执表，“参会人员名单”会附名单。</source>
        <translation>One paragraph per line: lines starting with “一、” are set in Hei, the first sentence of lines starting with “（一）” in Kai. One attachment per line: “参会回执” adds a reply slip, “参会人员名单” adds the attendee list.</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>主送</source>
        <translation>Addressees</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>发文机关</source>
        <translation>Issuing office</translation>
    </message>
    <message>
        <source>成文日期</source>
        <translation>Date written</translation>
    </message>
    <message>
        <source>恢复自动生成的文字</source>
        <translation>Restore Generated Text</translation>
    </message>
    <message>
        <source>保存文字</source>
        <translation>Save Text</translation>
    </message>
    <message>
        <source>预览 / 打印…</source>
        <translation>Preview / Print…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>修改通报</source>
        <translation>Edit public report</translation>
    </message>
    <message>
        <source>登记向社会通报</source>
        <translation>Register public report</translation>
    </message>
    <message>
        <source>通报日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>通报渠道：</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>通报标题：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Remarks:</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <source>登记通报…</source>
        <translation>Register public report…</translation>
    </message>
    <message>
        <source>登记一次向社会通报教育整顿工作情况</source>
        <translation>Register a report of the campaign&apos;s work to the public</translation>
    </message>
    <message>
        <source>搜索渠道、标题…</source>
        <translation>Search channel, title…</translation>
    </message>
    <message>
        <source>向社会通报{n}次</source>
        <translation>{n} public reports</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>编辑人员</source>
        <translation>Edit Officer</translation>
    </message>
    <message>
        <source>新增人员</source>
        <translation>New Officer</translation>
    </message>
    <message>
        <source>18位，可不填</source>
        <translation>18 characters, optional</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>显示完整身份证号以便修改</source>
        <translation>Show the full ID number to edit it</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>如 1985-07-23</source>
        <translation>e.g. 1985-07-23</translation>
    </message>
    <message>
        <source>如 汉族</source>
        <translation>e.g. 汉族 (Han)</translation>
    </message>
    <message>
        <source>如 2008-07 或 2008-07-01</source>
        <translation>e.g. 2008-07 or 2008-07-01</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>多个部门用顿号分隔</source>
        <translation>Separate departments with 、</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>部门负责人</source>
        <translation>Head of department</translation>
    </message>
    <message>
        <source>纳入教育整顿</source>
        <translation>In the campaign</translation>
    </message>
    <message>
        <source>在岗且纳入教育整顿的人员计入应谈、应学、应签人数</source>
        <translation>People in post and in the campaign count towards those due to talk, study and sign</translation>
    </message>
    <message>
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>政治面貌</source>
        <translation>Political status</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>入职时间</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <source>单位 *</source>
        <translation>Unit *</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>职级</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>人员类别</source>
        <translation>Personnel category</translation>
    </message>
    <message>
        <source>在岗状态</source>
        <translation>Post status</translation>
    </message>
    <message>
        <source>班子成员</source>
        <translation>Leadership member</translation>
    </message>
    <message>
        <source>分管部门</source>
        <translation>Departments overseen</translation>
    </message>
    <message>
        <source>即“%1”</source>
        <translation>i.e. “%1”</translation>
    </message>
    <message>
        <source>不在单位列表中：保存时会先问是否新建</source>
        <translation>Not in the unit list: you will be asked on saving whether to create it</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>该单位还没有部门</source>
        <translation>This unit has no departments yet</translation>
    </message>
    <message>
        <source>性别、出生日期已按身份证号填写</source>
        <translation>Gender and date of birth filled in from the ID number</translation>
    </message>
    <message>
        <source>由身份证号得出</source>
        <translation>Taken from the ID number</translation>
    </message>
    <message>
        <source>新建单位</source>
        <translation>New Unit</translation>
    </message>
    <message>
        <source>单位列表中没有“%1”。

新建这个单位吗？如果它是已有单位的另一种叫法（简称、旧称），请选“否”，到“单位管理”中把它加为该单位的别名。</source>
        <translation>“%1” is not in the unit list.

Create this unit? If it is another name for an existing unit (a short or former name), choose “No” and add it as an alias of that unit in “Manage Units”.</translation>
    </message>
    <message>
        <source>请改正标红的内容后再保存。</source>
        <translation>Please correct the fields marked in red, then save.</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>已定</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>不勾选表示尚未填写这个日期</source>
        <translation>Unticked: this date has not been entered yet</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>一人一档…</source>
        <translation>Personal File…</translation>
    </message>
    <message>
        <source>查看一名干警参加学习、谈心谈话、承诺书和相关意见建议的全部记录</source>
        <translation>See all records of one officer: study, heart-to-heart talks, pledges and related feedback</translation>
    </message>
    <message>
        <source>打印工作情况报告…</source>
        <translation>Print Progress Report…</translation>
    </message>
    <message>
        <source>按所选统计期间生成公文格式的工作情况报告（含统计表和统计图）</source>
        <translation>Generate a progress report as an official document for the selected period (with tables and charts)</translation>
    </message>
    <message>
        <source>导出全部台账…</source>
        <translation>Export All Ledgers…</translation>
    </message>
    <message>
        <source>人员、学习、考勤、谈话、整改清单、承诺书，导出到一个 Excel 文件</source>
        <translation>Roster, study, attendance, talks, rectification list and pledges, exported to one Excel file</translation>
    </message>
    <message>
        <source>统计期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>学习教育：各类活动场次</source>
        <translation>Study: sessions by type</translation>
    </message>
    <message>
        <source>谈心谈话：各轮次已谈/应谈</source>
        <translation>Talks: talked to / due, by round</translation>
    </message>
    <message>
        <source>承诺书：已签署/下发</source>
        <translation>Pledges: signed / issued</translation>
    </message>
    <message>
        <source>征求意见：办理状态</source>
        <translation>Feedback: status</translation>
    </message>
    <message>
        <source>各单位对比（双击数字查看明细；红色为需关注：出勤率低于90%、谈话未全覆盖、补学未完成、逾期、承诺书未签齐）</source>
        <translation>Units compared (double-click a figure for details; red needs attention: attendance below 90%, talks short of full coverage, make-up study open, overdue, pledges not all signed)</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>&#x3000;当前处于{phase}阶段（第{day}天）</source>
        <translation>  Now in the {phase} phase (day {day})</translation>
    </message>
    <message>
        <source>人</source>
        <translation> people</translation>
    </message>
    <message>
        <source>全覆盖</source>
        <translation>Full coverage</translation>
    </message>
    <message>
        <source>份</source>
        <translation> pledges</translation>
    </message>
    <message>
        <source>{n}场次</source>
        <translation>{n} sessions</translation>
    </message>
    <message>
        <source>（计划{n}）</source>
        <translation> ({n} planned)</translation>
    </message>
    <message>
        <source>{name}：已举办{held}场次，参学{n}人次</source>
        <translation>{name}: {held} sessions held, {n} person-times attended</translation>
    </message>
    <message>
        <source>统计期间内没有学习活动</source>
        <translation>No study sessions in this period</translation>
    </message>
    <message>
        <source>期间内无谈话</source>
        <translation>No talks in this period</translation>
    </message>
    <message>
        <source>{name}：谈话{talks}次、{n}人次；点击查看{what}</source>
        <translation>{name}: {talks} talks, {n} person-times; click to see {what}</translation>
    </message>
    <message>
        <source>未谈名单</source>
        <translation>who is not yet talked to</translation>
    </message>
    <message>
        <source>谈话人次</source>
        <translation>the talks</translation>
    </message>
    <message>
        <source>还没有设置谈话轮次</source>
        <translation>No talk rounds set up yet</translation>
    </message>
    <message>
        <source>{n}条</source>
        <translation>{n} items</translation>
    </message>
    <message>
        <source>其中逾期</source>
        <translation>Of which overdue</translation>
    </message>
    <message>
        <source>统计期间内没有收集意见建议</source>
        <translation>No feedback collected in this period</translation>
    </message>
    <message>
        <source>{name}：下发{issued}份，已签署{signed}份，未签署{n}份</source>
        <translation>{name}: {issued} issued, {signed} signed, {n} not signed</translation>
    </message>
    <message>
        <source>还没有下发承诺书</source>
        <translation>No pledges issued yet</translation>
    </message>
    <message>
        <source>工作总览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>生成工作情况报告</source>
        <translation>Generate Progress Report</translation>
    </message>
    <message>
        <source>工作情况报告</source>
        <translation>Progress Report</translation>
    </message>
    <message>
        <source>教育整顿全部台账-{day}.xlsx</source>
        <translation>campaign-ledgers-{day}.xlsx</translation>
    </message>
    <message>
        <source>导出全部台账</source>
        <translation>Export All Ledgers</translation>
    </message>
    <message>
        <source>{title}：{n}行</source>
        <translation>{title}: {n} rows</translation>
    </message>
    <message>
        <source>已导出到 {path}

</source>
        <translation>Exported to {path}

</translation>
    </message>
    <message>
        <source>全部台账（Excel）…</source>
        <translation>All Ledgers (Excel)…</translation>
    </message>
    <message>
        <source>逾期未销号{n}条</source>
        <translation>{n} suggestions overdue</translation>
    </message>
    <message>
        <source>补学逾期{n}人次</source>
        <translation>{n} make-up studies overdue</translation>
    </message>
    <message>
        <source>承诺书未签{n}份</source>
        <translation>{n} pledges not signed</translation>
    </message>
    <message>
        <source>问题线索逾期{n}条</source>
        <translation>{n} clues overdue</translation>
    </message>
    <message>
        <source>各项工作无逾期事项</source>
        <translation>Nothing overdue</translation>
    </message>
    <message>
        <source>需关注：</source>
        <translation>Needs attention: </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>设置密码：{0}</source>
        <translation>Set Password: {0}</translation>
    </message>
    <message>
        <source>原密码</source>
        <translation>Old password</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>确认新密码</source>
        <translation>Confirm new password</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>无法读取 {name}，文件可能已被移走或损坏。</source>
        <translation>Cannot read {name}; the file may have been moved or damaged.</translation>
    </message>
    <message>
        <source>正在发送到打印机…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>打印机无法开始打印，请检查打印机是否已连接并处于就绪状态。</source>
        <translation>The printer could not start printing. Please check that it is connected and ready.</translation>
    </message>
    <message>
        <source>预览 — {name}</source>
        <translation>Preview — {name}</translation>
    </message>
    <message>
        <source>共 {count} 页</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>另存为…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <source>用系统程序打开</source>
        <translation>Open in Default App</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>本机没有可打开 PDF 文件的程序，请用“另存为”保存后再打开。</source>
        <translation>No program on this computer can open PDF files. Use “Save As” to save it, then open it elsewhere.</translation>
    </message>
    <message>
        <source>另存为</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>无法保存到 {path}：{error}</source>
        <translation>Cannot save to {path}: {error}</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>查找姓名、部门或职务</source>
        <translation>Find name, department or post</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>只看班子成员和部门负责人</source>
        <translation>Only leadership members and department heads</translation>
    </message>
    <message>
        <source>勾选所列</source>
        <translation>Tick Listed</translation>
    </message>
    <message>
        <source>取消所列</source>
        <translation>Untick Listed</translation>
    </message>
    <message numerus="yes">
        <source>已选 %n 人</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonFileDialog</name>
    <message>
        <source>一人一档</source>
        <translation>Personal File</translation>
    </message>
    <message>
        <source>输入姓名查找干警（可只输入一部分）</source>
        <translation>Type a name to find an officer (part of it is enough)</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>显示谈话内容</source>
        <translation>Show talk content</translation>
    </message>
    <message>
        <source>主要内容、反映的问题、意见建议属于保密信息，默认不显示，也不打印</source>
        <translation>Main content, problems raised and suggestions are confidential: hidden and not printed by default</translation>
    </message>
    <message>
        <source>显示个人自查事项</source>
        <translation>Show self-check items</translation>
    </message>
    <message>
        <source>个人自查事项属于保密信息（需“问题线索”权限），默认不显示，也不打印</source>
        <translation>Self-check items are confidential (they need the Problem clues permission): hidden and not printed by default</translation>
    </message>
    <message>
        <source>打印/导出 PDF…</source>
        <translation>Print / Export PDF…</translation>
    </message>
    <message>
        <source>干警：</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <source>学习教育（参加、请假缺席及补学、心得体会）</source>
        <translation>Study (attendance, leave and absence with make-up study, reflections)</translation>
    </message>
    <message>
        <source>谈心谈话</source>
        <translation>Heart-to-heart talks</translation>
    </message>
    <message>
        <source>承诺书签订</source>
        <translation>Pledges</translation>
    </message>
    <message>
        <source>相关意见建议（本人为责任人、责任领导或提出人，或来自与本人的谈话）</source>
        <translation>Related feedback (as person responsible, leader responsible or submitter, or from talks with this officer)</translation>
    </message>
    <message>
        <source>个人自查事项（内部资料）</source>
        <translation>Self-check items (internal)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>台账中没有姓名含“{text}”的干警。</source>
        <translation>No officer on the roster has “{text}” in their name.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;一人一档&lt;/h3&gt;在上方输入姓名，选择一名干警，查看其参加学习、谈心谈话、承诺书签订和相关意见建议的全部记录。</source>
        <translation>&lt;h3&gt;Personal file&lt;/h3&gt;Type a name above and choose an officer to see all their records: study, heart-to-heart talks, pledges signed and related feedback.</translation>
    </message>
    <message>
        <source>一人一档 — {name}</source>
        <translation>Personal File — {name}</translation>
    </message>
    <message>
        <source>（已移入回收站）</source>
        <translation> (in the trash)</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>出生年份</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>政治面貌</source>
        <translation>Political status</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>职级</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>人员类别</source>
        <translation>Personnel category</translation>
    </message>
    <message>
        <source>在岗状态</source>
        <translation>Post status</translation>
    </message>
    <message>
        <source>班子成员</source>
        <translation>Leadership member</translation>
    </message>
    <message>
        <source>入职时间</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>学习活动</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>考勤</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>补学</source>
        <translation>Make-up study</translation>
    </message>
    <message>
        <source>心得体会</source>
        <translation>Reflections</translation>
    </message>
    <message>
        <source>成绩</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>没有需参加的学习活动。</source>
        <translation>No study sessions to attend.</translation>
    </message>
    <message>
        <source>轮次</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>谈话人</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>谈话人职务</source>
        <translation>Interviewer&apos;s post</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>谈话主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>主动说明问题</source>
        <translation>Self-reported issues</translation>
    </message>
    <message>
        <source>主要内容</source>
        <translation>Main content</translation>
    </message>
    <message>
        <source>反映的问题</source>
        <translation>Problems raised</translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>没有谈心谈话记录。</source>
        <translation>No heart-to-heart talks recorded.</translation>
    </message>
    <message>
        <source>承诺书</source>
        <translation>Pledge</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>签署日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>下发时间</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>没有下发承诺书。</source>
        <translation>No pledges issued.</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>收集日期</source>
        <translation>Collected on</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>（已逾期）</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>没有与本人相关的意见建议。</source>
        <translation>No feedback related to this officer.</translation>
    </message>
    <message>
        <source>填报日期</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>自查事项</source>
        <translation>Self-check item</translation>
    </message>
    <message>
        <source>主动说明</source>
        <translation>Self-reported</translation>
    </message>
    <message>
        <source>审核进度</source>
        <translation>Review stage</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>线索编号</source>
        <translation>Clue no.</translation>
    </message>
    <message>
        <source>没有填报个人自查事项。</source>
        <translation>No self-check items filed.</translation>
    </message>
    <message>
        <source>生成一人一档</source>
        <translation>Generate Personal File</translation>
    </message>
</context>
<context>
    <name>PhasesPage</name>
    <message>
        <source>现在填写阶段日期</source>
        <translation>Enter the phase dates now</translation>
    </message>
    <message>
        <source>按常规时长推算其余日期</source>
        <translation>Fill In the Rest from Usual Lengths</translation>
    </message>
</context>
<context>
    <name>PledgeTableModel</name>
    <message>
        <source>屏幕签名</source>
        <translation>On screen</translation>
    </message>
    <message>
        <source>纸质</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>干警</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>第%1版</source>
        <translation>v%1</translation>
    </message>
    <message numerus="yes">
        <source>%n份</source>
        <translation>
            <numerusform>%n scan</numerusform>
            <numerusform>%n scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>共打印 %n 次</source>
        <translation>
            <numerusform>Printed %n time</numerusform>
            <numerusform>Printed %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PledgesTab</name>
    <message>
        <source>承诺书台账</source>
        <translation>Pledge ledger</translation>
    </message>
    <message>
        <source>签署进度</source>
        <translation>Signing progress</translation>
    </message>
    <message>
        <source>模板</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>承诺书：已签署 %1 / 下发 %2（%3%）</source>
        <translation>Pledges: %1 signed / %2 issued (%3%)</translation>
    </message>
    <message>
        <source>承诺书：尚未下发</source>
        <translation>Pledges: none issued yet</translation>
    </message>
    <message>
        <source>承诺书模板有未保存的修改，仍要关闭吗？</source>
        <translation>A pledge template has unsaved changes. Close anyway?</translation>
    </message>
    <message>
        <source>承诺书签订</source>
        <translation>Pledges</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>打印进度表和未签名单…</source>
        <translation>Print Progress and Unsigned List…</translation>
    </message>
    <message>
        <source>在台账中查看未签署的</source>
        <translation>Show Unsigned in Ledger</translation>
    </message>
    <message>
        <source>承诺书：</source>
        <translation>Pledge:</translation>
    </message>
    <message>
        <source>全部承诺书</source>
        <translation>All pledges</translation>
    </message>
    <message>
        <source>已签署 %1 / 下发 %2（%3%），未签署 %4 人</source>
        <translation>%1 signed / %2 issued (%3%), %4 not signed</translation>
    </message>
    <message>
        <source>未签署名单（%1）：%2 人</source>
        <translation>Not signed yet (%1): %2</translation>
    </message>
    <message>
        <source>承诺书签订进度</source>
        <translation>Pledge Signing Progress</translation>
    </message>
    <message>
        <source>签署进度</source>
        <translation>Signing Progress</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <source>修改英模推荐</source>
        <translation>Edit recommendation</translation>
    </message>
    <message>
        <source>登记英模推荐</source>
        <translation>Register recommendation</translation>
    </message>
    <message>
        <source>干警：</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>从人员台账选择时可不填</source>
        <translation>May stay empty when chosen from the roster</translation>
    </message>
    <message>
        <source>推荐单位：</source>
        <translation>Recommending unit:</translation>
    </message>
    <message>
        <source>（干警所在单位）</source>
        <translation>(the officer&apos;s unit)</translation>
    </message>
    <message>
        <source>推荐日期：</source>
        <translation>Recommended on:</translation>
    </message>
    <message>
        <source>评选层级：</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>评选结果：</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>荣誉称号：</source>
        <translation>Honour:</translation>
    </message>
    <message>
        <source>当选时填写，如 第二届“{honour}”</source>
        <translation>When elected, e.g. 2nd “{honour}”</translation>
    </message>
    <message>
        <source>选树为英模和先进典型</source>
        <translation>Chosen as a role model</translation>
    </message>
    <message>
        <source>英模报告会：</source>
        <translation>Report meeting:</translation>
    </message>
    <message>
        <source>本人作事迹报告的英模报告会（学习教育中“英模报告会/观影”类的活动）</source>
        <translation>The model officers&apos; report meeting where this person spoke (a study session of the 英模报告会/观影 type)</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>主要事迹：</source>
        <translation>Deeds:</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Remarks:</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>修改办实事记录</source>
        <translation>Edit service record</translation>
    </message>
    <message>
        <source>新增办实事记录</source>
        <translation>New service record</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>事项（数字前）：</source>
        <translation>Item (before the number):</translation>
    </message>
    <message>
        <source>如：上门送证、出动警力、共印发</source>
        <translation>e.g. 上门送证, 出动警力, 共印发</translation>
    </message>
    <message>
        <source>如 500、140000</source>
        <translation>e.g. 500, 140000</translation>
    </message>
    <message>
        <source>确数</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>数量：</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>数字后文字：</source>
        <translation>Text after the number:</translation>
    </message>
    <message>
        <source>可不填；如：反诈宣传单（印发14万份反诈宣传单）</source>
        <translation>optional; e.g. 反诈宣传单 (印发14万份反诈宣传单)</translation>
    </message>
    <message>
        <source>不比较</source>
        <translation>no comparison</translation>
    </message>
    <message>
        <source>百分数，如 102</source>
        <translation>percent, e.g. 102</translation>
    </message>
    <message>
        <source>比较：</source>
        <translation>Compared:</translation>
    </message>
    <message>
        <source>报告中写作：</source>
        <translation>In the report:</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>（数量不是数字）</source>
        <translation>(the number is not a number)</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>新增记录…</source>
        <translation>New record…</translation>
    </message>
    <message>
        <source>登记一项办实事的数字（如 上门送证500余个）</source>
        <translation>Record a figure of service work (e.g. 上门送证500余个)</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>修改所选记录</source>
        <translation>Edit the selected record</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>把所选记录移入回收站</source>
        <translation>Move the selected record to the trash</translation>
    </message>
    <message>
        <source>工作情况报告中的表述（全部记录）：</source>
        <translation>As the work report states it (all records):</translation>
    </message>
    <message>
        <source>（还没有办实事记录和措施）</source>
        <translation>(no service records or measures yet)</translation>
    </message>
    <message>
        <source>显示 {shown} 项，共 {total} 项记录</source>
        <translation>{shown} of {total} records shown</translation>
    </message>
    <message>
        <source>删除办实事记录</source>
        <translation>Delete service record</translation>
    </message>
    <message>
        <source>把“{text}”移入回收站？</source>
        <translation>Move “{text}” to the trash?</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>数据库文件已损坏</source>
        <translation>Database File Damaged</translation>
    </message>
    <message>
        <source>数据库文件无法正常读取，可能是断电、强行关机或存储设备故障造成的。</source>
        <translation>The database file cannot be read properly, perhaps because of a power cut, a forced shutdown or a storage fault.</translation>
    </message>
    <message>
        <source>文件：{0}
原因：{1}</source>
        <translation>File: {0}
Reason: {1}</translation>
    </message>
    <message>
        <source>下面是最近的完好备份（已逐一检查）。选中一个后点“用此备份恢复”即可继续工作；损坏的文件会另存一份，不会删除。</source>
        <translation>Below are the latest intact backups (each one checked). Select one and click “Restore from This Backup” to carry on working; the damaged file is kept as a copy, not deleted.</translation>
    </message>
    <message>
        <source>备份文件夹中没有找到完好的备份。可以点“选择其他备份文件…”从U盘等处选择。</source>
        <translation>No intact backup was found in the backup folder. Click “Choose Another Backup File…” to pick one from a USB drive or elsewhere.</translation>
    </message>
    <message>
        <source>选择其他备份文件…</source>
        <translation>Choose Another Backup File…</translation>
    </message>
    <message>
        <source>用此备份恢复</source>
        <translation>Restore from This Backup</translation>
    </message>
    <message>
        <source>退出程序</source>
        <translation>Exit Program</translation>
    </message>
    <message>
        <source>请先选择一个备份。</source>
        <translation>Please choose a backup first.</translation>
    </message>
    <message>
        <source>恢复失败</source>
        <translation>Restore Failed</translation>
    </message>
    <message>
        <source>恢复完成</source>
        <translation>Restore Complete</translation>
    </message>
    <message>
        <source>已用 {0} 的备份恢复。
损坏的文件另存为：{1}</source>
        <translation>Restored from the backup of {0}.
The damaged file was kept as: {1}</translation>
    </message>
</context>
<context>
    <name>Rectify</name>
    <message>
        <source>进行中</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>政策：{policy}。主动说明问题的从宽处理，被查出的从严处理。</source>
        <translation>Policy: {policy}. Problems disclosed in the self-check are treated leniently, problems found by others strictly.</translation>
    </message>
    <message>
        <source>（不在人员台账中）</source>
        <translation>(not on the roster)</translation>
    </message>
    <message>
        <source>正在生成 {name}.pdf…</source>
        <translation>Making {name}.pdf…</translation>
    </message>
    <message>
        <source>查纠整改</source>
        <translation>Inspection and Rectification</translation>
    </message>
    <message>
        <source>请先在列表中选择一行。</source>
        <translation>Select a row in the list first.</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{outcome}{n}项</source>
        <translation>{outcome} {n}</translation>
    </message>
    <message>
        <source>{source}{n}条</source>
        <translation>{source} {n}</translation>
    </message>
    <message>
        <source>{group}{n}项</source>
        <translation>{group} {n}</translation>
    </message>
    <message>
        <source>个人自查：{people}人填报自查事项{items}项，其中主动说明问题{disclosed}人；已审核{done}项（{outcomes}）。</source>
        <translation>Self-checks: {people} officers reported {items} items, {disclosed} of them disclosing problems; {done} items reviewed ({outcomes}).</translation>
    </message>
    <message>
        <source>问题线索：共{clues}条（{sources}）；待处置{waiting}条，办理中{doing}条，已办结{done}条，逾期{overdue}条。</source>
        <translation>Problem clues: {clues} in all ({sources}); {waiting} awaiting disposal, {doing} in hand, {done} concluded, {overdue} overdue.</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>谈心谈话中主动说明问题、尚未填报自查事项的：{n}人。</source>
        <translation>Disclosed a problem in a talk but reported no self-check item yet: {n} officers.</translation>
    </message>
    <message>
        <source>专项排查：{total}项（{groups}），发现问题{findings}个，移交线索{clues}条。</source>
        <translation>Special checks: {total} ({groups}), {findings} findings, {clues} passed on as clues.</translation>
    </message>
</context>
<context>
    <name>RectifyTab</name>
    <message>
        <source>查纠整改</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>个人自查</source>
        <translation>Self-checks</translation>
    </message>
    <message>
        <source>问题线索</source>
        <translation>Problem clues</translation>
    </message>
    <message>
        <source>专项排查</source>
        <translation>Special checks</translation>
    </message>
    <message>
        <source>顽瘴痼疾整治</source>
        <translation>Ingrained problems</translation>
    </message>
    <message>
        <source>建章立制</source>
        <translation>Rules and systems</translation>
    </message>
    <message>
        <source>当前账户没有“问题线索”权限，不能查看、录入或打印个人自查事项和问题线索（请管理员在账户中授予）。顽瘴痼疾整治和建章立制不受此限。</source>
        <translation>This account lacks the Problem clues permission: it cannot view, enter or print self-check items and problem clues (an administrator can grant it in the account). The ingrained problems and rules pages are open to it.</translation>
    </message>
    <message>
        <source>自查事项 {items} 项 · 问题线索 {clues} 条 · 逾期 {overdue} 条</source>
        <translation>{items} self-check items · {clues} problem clues · {overdue} overdue</translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <source>登记心得体会</source>
        <translation>Record Reflections</translation>
    </message>
    <message numerus="yes">
        <source> 等 %n 人</source>
        <translation>
            <numerusform> and others (%n in all)</numerusform>
            <numerusform> and others (%n in all)</numerusform>
        </translation>
    </message>
    <message>
        <source>不填</source>
        <translation>None</translation>
    </message>
    <message>
        <source>选择心得体会文件</source>
        <translation>Choose Reflections File</translation>
    </message>
    <message>
        <source>交来人员</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <source>交来日期</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>字数</source>
        <translation>Words</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReflectionPanel</name>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>全部人员</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>未交</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>已交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>登记已交…</source>
        <translation>Record Submitted…</translation>
    </message>
    <message>
        <source>撤销登记</source>
        <translation>Undo Record</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>名单锁定（开始登记考勤）后才能登记心得体会。</source>
        <translation>Reflections can be recorded once the list is locked (attendance marking has started).</translation>
    </message>
    <message>
        <source>%1 应交 %2、已交 %3、未交 %4</source>
        <translation>%1: due %2, submitted %3, missing %4</translation>
    </message>
    <message>
        <source>登记心得体会</source>
        <translation>Record Reflections</translation>
    </message>
    <message>
        <source>请先选中交来心得体会的人员（可多选）。</source>
        <translation>Please select the people who submitted reflections (several allowed).</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>督导提醒：{unit} {day}</source>
        <translation>Reminder: {unit} {day}</translation>
    </message>
    <message>
        <source>提醒事项：</source>
        <translation>Reminder:</translation>
    </message>
    <message>
        <source>整改时限：</source>
        <translation>Time limit:</translation>
    </message>
</context>
<context>
    <name>ReopenTaskDialog</name>
    <message>
        <source>重新打开任务：第{n}项</source>
        <translation>Reopen Task {n}</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>已于{day}销号。重新打开后任务回到推进中，佐证材料保留。</source>
        <translation>Closed out on {day}. Reopened, the task is in progress again; the evidence is kept.</translation>
    </message>
    <message>
        <source>理由：</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>打印工作情况报告</source>
        <translation>Print Progress Report</translation>
    </message>
    <message>
        <source>如：市政法队伍教育整顿领导小组办公室（可不填）</source>
        <translation>e.g. the city campaign leading group office (optional)</translation>
    </message>
    <message>
        <source>统计期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>主送机关</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <source>成文日期</source>
        <translation>Date written</translation>
    </message>
    <message>
        <source>报告中的数字与“工作总览”页当前显示的一致（按所选统计期间，不按单位筛选）；不含人员姓名、身份证号和谈话内容。</source>
        <translation>The report&apos;s figures match what the Overview tab shows now (for the selected period, not filtered by unit). It contains no names, ID numbers or talk content.</translation>
    </message>
    <message>
        <source>生成并预览</source>
        <translation>Generate and Preview</translation>
    </message>
    <message>
        <source>修改工作日报</source>
        <translation>Edit Daily Report</translation>
    </message>
    <message>
        <source>登记工作日报</source>
        <translation>New Daily Report</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>零报告：</source>
        <translation>Zero report:</translation>
    </message>
    <message>
        <source>当天无工作部署、提示和交办事项</source>
        <translation>Nothing deployed, hinted or assigned that day</translation>
    </message>
    <message>
        <source>工作部署：</source>
        <translation>Deployment:</translation>
    </message>
    <message>
        <source>工作提示：</source>
        <translation>Hints:</translation>
    </message>
    <message>
        <source>工作交办：</source>
        <translation>Assignments:</translation>
    </message>
    <message>
        <source>报送人：</source>
        <translation>Reported by:</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>登记日报…</source>
        <translation>New report…</translation>
    </message>
    <message>
        <source>登记一个单位当天的工作日报或零报告</source>
        <translation>Enter a unit&apos;s daily report, or its zero report</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>修改所选工作日报</source>
        <translation>Edit the selected daily report</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除误登记的工作日报</source>
        <translation>Delete a daily report entered by mistake</translation>
    </message>
    <message>
        <source>全部日期</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>零通报</source>
        <translation>Missed reports</translation>
    </message>
    <message>
        <source>{day}：已报 {n} 个单位（零报告 {z} 个）；未报送 {m} 个{names}</source>
        <translation>{day}: {n} units reported ({z} zero reports); {m} did not report{names}</translation>
    </message>
    <message>
        <source>教育整顿以来 {d} 天，漏报 {m} 次（{u} 个单位），明细如下：</source>
        <translation>{d} days of the campaign: {m} reports missed ({u} units), listed below:</translation>
    </message>
    <message>
        <source>教育整顿以来 {d} 天，各单位均按日报送，无漏报（零通报）。</source>
        <translation>{d} days of the campaign: every unit reported every day, none missed.</translation>
    </message>
    <message>
        <source>删除工作日报</source>
        <translation>Delete Daily Report</translation>
    </message>
    <message>
        <source>删除{unit} {day} 的工作日报？</source>
        <translation>Delete the daily report of {unit} for {day}?</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <source>选择一个备份，右侧显示它包含的内容。恢复前，程序会先把当前数据另行备份，恢复后如有需要还能回到现在的状态。</source>
        <translation>Choose a backup; its contents are shown on the right. Before restoring, the program backs up the current data, so you can return to it later if needed.</translation>
    </message>
    <message>
        <source>选择其他备份文件…</source>
        <translation>Choose Another Backup File…</translation>
    </message>
    <message>
        <source>恢复所选备份</source>
        <translation>Restore Selected Backup</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>备份文件夹中还没有备份。可以点“选择其他备份文件…”从U盘等处选择。</source>
        <translation>There are no backups in the backup folder yet. Click “Choose Another Backup File…” to pick one from a USB drive or elsewhere.</translation>
    </message>
    <message>
        <source>请先选择一个备份。</source>
        <translation>Please choose a backup first.</translation>
    </message>
    <message>
        <source>确认恢复</source>
        <translation>Confirm Restore</translation>
    </message>
    <message>
        <source>将用 {0} 的备份替换当前数据（在册人员 {1} 人）。
当前数据会先备份，之后仍可恢复回来。

确定恢复吗？</source>
        <translation>The current data will be replaced by the backup of {0} ({1} officers on the roster).
The current data is backed up first and can be restored afterwards.

Restore now?</translation>
    </message>
    <message>
        <source>恢复失败</source>
        <translation>Restore Failed</translation>
    </message>
    <message>
        <source>恢复完成</source>
        <translation>Restore Complete</translation>
    </message>
    <message>
        <source>已恢复。恢复前的数据已备份为：
{0}</source>
        <translation>Restored. The data from before the restore was backed up as:
{0}</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>{step}：{name}</source>
        <translation>{step}: {name}</translation>
    </message>
    <message>
        <source>审核记录</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>保存审核</source>
        <translation>Save review</translation>
    </message>
    <message>
        <source>{name}（{unit} {post}）&#x3000;{category}&#x3000;填报 {day}&#x3000;{disclosed}</source>
        <translation>{name} ({unit} {post})  {category}  reported {day}  {disclosed}</translation>
    </message>
    <message>
        <source>主动说明</source>
        <translation>Self-reported</translation>
    </message>
    <message>
        <source>非主动说明</source>
        <translation>not disclosed</translation>
    </message>
    <message>
        <source>自查事项：</source>
        <translation>Self-check item:</translation>
    </message>
    <message>
        <source>审核顺序：</source>
        <translation>Order of review:</translation>
    </message>
    <message>
        <source>三级审核已完成，处理结果：{outcome}</source>
        <translation>All three reviews done, outcome: {outcome}</translation>
    </message>
    <message>
        <source>（线索编号 {code}）</source>
        <translation> (clue {code})</translation>
    </message>
    <message>
        <source>本次审核环节：{step}</source>
        <translation>This review: {step}</translation>
    </message>
    <message>
        <source>审核人：</source>
        <translation>Reviewer:</translation>
    </message>
    <message>
        <source>审核日期：</source>
        <translation>Reviewed on:</translation>
    </message>
    <message>
        <source>审核意见：</source>
        <translation>Opinion:</translation>
    </message>
    <message>
        <source>处理结果：</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>处理意见：</source>
        <translation>Proposed outcome:</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>（暂不提出）</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>选择“移交线索组”时，保存后自动登记为问题线索（来源：自查移交）。</source>
        <translation>With “移交线索组” the item is registered as a problem clue when saved (source: from self-check).</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>干警名册</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>系统外领导干部</source>
        <translation>Leaders Outside the System</translation>
    </message>
    <message>
        <source>回收站</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>导入 Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <source>从 Excel 表格批量导入干警，导入前先预览</source>
        <translation>Import officers from an Excel sheet in bulk, with a preview first</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>导出人员台账…</source>
        <translation>Export Roster…</translation>
    </message>
    <message>
        <source>导出空白模板…</source>
        <translation>Export Blank Template…</translation>
    </message>
    <message>
        <source>单位管理…</source>
        <translation>Manage Units…</translation>
    </message>
    <message>
        <source>单位的全称、简称、别名、顺序和部门；合并重复的单位</source>
        <translation>Full names, short names, aliases, order and departments of the units; merge duplicate units</translation>
    </message>
    <message>
        <source>搜索姓名、单位、部门、职务或身份证号末几位</source>
        <translation>Search name, unit, department, post or last digits of the ID number</translation>
    </message>
    <message>
        <source>输入即搜索（Ctrl+F）。多个词用空格分开；数字只匹配身份证号的末几位。</source>
        <translation>Search as you type (Ctrl+F). Separate words with spaces; digits match only the end of ID numbers.</translation>
    </message>
    <message>
        <source>全部人员类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>全部在岗状态</source>
        <translation>All post statuses</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear Filters</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>新增（Ctrl+N）</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>编辑所选（回车）</source>
        <translation>Edit selected (Enter)</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>移入回收站（Delete），可以恢复</source>
        <translation>Move to the trash (Delete); can be restored</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>把所选记录恢复到名册（回车）</source>
        <translation>Restore the selected records to the roster (Enter)</translation>
    </message>
    <message>
        <source>彻底删除</source>
        <translation>Delete Permanently</translation>
    </message>
    <message>
        <source>从回收站中永久删除所选记录（Delete），不能恢复</source>
        <translation>Permanently delete the selected records from the trash (Delete); cannot be undone</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>搜索姓名、单位、职务</source>
        <translation>Search name, unit, post</translation>
    </message>
    <message>
        <source>搜索姓名、单位、部门或职务</source>
        <translation>Search name, unit, department or post</translation>
    </message>
    <message>
        <source>等 %1 人</source>
        <translation> and others (%1 in all)</translation>
    </message>
    <message>
        <source>移入回收站</source>
        <translation>Move to Trash</translation>
    </message>
    <message>
        <source>把 %1 移入回收站？

移入回收站后不再计入各项统计，可以在“回收站”中恢复。</source>
        <translation>Move %1 to the trash?

In the trash they no longer count in any figures; they can be restored from “Trash”.</translation>
    </message>
    <message>
        <source>永久删除所选的 %1 条记录？此操作不能撤销。</source>
        <translation>Permanently delete the %1 selected records? This cannot be undone.</translation>
    </message>
    <message>
        <source>人员台账（Excel）…</source>
        <translation>Roster (Excel)…</translation>
    </message>
    <message>
        <source>人员台账空白模板（Excel）…</source>
        <translation>Blank Roster Template (Excel)…</translation>
    </message>
    <message>
        <source>导入人员台账</source>
        <translation>Import Roster</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;所有文件 (*)</source>
        <translation>Excel workbook (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>读取 Excel</source>
        <translation>Reading Excel</translation>
    </message>
    <message>
        <source>人员台账填写模板.xlsx</source>
        <translation>roster-template.xlsx</translation>
    </message>
    <message>
        <source>人员台账-%1.xlsx</source>
        <translation>roster-%1.xlsx</translation>
    </message>
    <message>
        <source>导出人员台账</source>
        <translation>Export Roster</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>导出的文件含全部人员的%1联系电话等个人信息。

请只保存在单位的电脑或专用U盘中，不要通过互联网传送，用完及时删除。是否继续导出？</source>
        <translation>The exported file contains personal details of everyone, such as %1phone numbers.

Keep it only on office computers or a dedicated USB drive, never send it over the internet, and delete it when done. Export anyway?</translation>
    </message>
    <message>
        <source>完整身份证号、</source>
        <translation>full ID numbers, </translation>
    </message>
    <message>
        <source>空白模板已保存到：
%1</source>
        <translation>Blank template saved to:
%1</translation>
    </message>
    <message>
        <source>已导出 %2 人到：
%1</source>
        <translation>Exported %2 people to:
%1</translation>
    </message>
    <message>
        <source>干警名册 %1</source>
        <translation>Officers %1</translation>
    </message>
    <message>
        <source>系统外领导干部 %1</source>
        <translation>Leaders Outside the System %1</translation>
    </message>
    <message>
        <source>回收站 %1</source>
        <translation>Trash %1</translation>
    </message>
    <message>
        <source>名册中还没有人员。点击“新增”逐个录入，或点击“导入 Excel…”从表格批量导入。</source>
        <translation>The roster is empty. Click “New” to add people one by one, or “Import Excel…” to import them from a sheet.</translation>
    </message>
    <message>
        <source>还没有系统外领导干部。点击“新增”录入签订公开承诺的党政领导干部。</source>
        <translation>No leaders outside the system yet. Click “New” to add the party and government leaders who signed the public pledge.</translation>
    </message>
    <message>
        <source>回收站是空的。删除的人员会先放在这里，可以恢复。</source>
        <translation>The trash is empty. Deleted people are kept here first and can be restored.</translation>
    </message>
    <message>
        <source>没有符合条件的记录。</source>
        <translation>No records match.</translation>
    </message>
    <message>
        <source>干警 %1 人，其中在岗且纳入教育整顿 %2 人</source>
        <translation>%1 officers, %2 in post and in the campaign</translation>
    </message>
    <message>
        <source>系统外领导干部 %1 人</source>
        <translation>%1 leaders outside the system</translation>
    </message>
    <message>
        <source>回收站中 %1 条记录</source>
        <translation>%1 records in the trash</translation>
    </message>
    <message>
        <source>；筛选后显示 %1 条</source>
        <translation>; %1 shown after filtering</translation>
    </message>
    <message>
        <source>；已选 %1 条</source>
        <translation>; %1 selected</translation>
    </message>
    <message>
        <source>人员台账</source>
        <translation>Roster</translation>
    </message>
</context>
<context>
    <name>RoundsDialog</name>
    <message>
        <source>轮次设置</source>
        <translation>Talk Rounds</translation>
    </message>
    <message>
        <source>如 2021-6-1，可不填</source>
        <translation>e.g. 2021-6-1, optional</translation>
    </message>
    <message>
        <source>如 2021-6-30，可不填</source>
        <translation>e.g. 2021-6-30, optional</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>新增轮次</source>
        <translation>New Round</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>Save Changes</translation>
    </message>
    <message>
        <source>删除轮次</source>
        <translation>Delete Round</translation>
    </message>
    <message>
        <source>按台账刷新应谈名单</source>
        <translation>Refresh Due List from Roster</translation>
    </message>
    <message>
        <source>应谈名单在设立轮次时按台账（在岗、纳入教育整顿的人员）确定；人员变动后可在此刷新</source>
        <translation>The list of people due for talks is set from the Roster (in post and in the campaign) when a round is created; refresh it here after staff changes</translation>
    </message>
    <message>
        <source>日期：{reason}</source>
        <translation>Date: {reason}</translation>
    </message>
    <message>
        <source>确定删除“{name}”吗？</source>
        <translation>Delete “{name}”?</translation>
    </message>
    <message>
        <source>按当前台账重新确定“{name}”的应谈名单？

将加入 {added} 人，移出 {removed} 人（已有的谈话记录不受影响）。</source>
        <translation>Set the list of people due for talks in “{name}” again from the current Roster?

{added} people will be added and {removed} removed (existing talk records are not affected).</translation>
    </message>
    <message>
        <source>刷新应谈名单</source>
        <translation>Refresh Due List</translation>
    </message>
    <message>
        <source>已刷新：加入 {added} 人，移出 {removed} 人。</source>
        <translation>Refreshed: {added} added, {removed} removed.</translation>
    </message>
</context>
<context>
    <name>RuleCard</name>
    <message>
        <source>建章立制</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>正在拟制定{drafting}个；整治措施完成{done}/{measures}项</source>
        <translation>{drafting} being drafted; measures done {done}/{measures}</translation>
    </message>
    <message>
        <source>已出台的规章制度（按出台日期计入统计期间）；点击打开“查纠整改”建章立制</source>
        <translation>Rules and systems issued (counted in the period by date of issue); click to open Rules and systems under Inspection and Rectification</translation>
    </message>
    <message>
        <source>个</source>
        <translation>rules</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>修改规章制度</source>
        <translation>Edit rule</translation>
    </message>
    <message>
        <source>新增规章制度</source>
        <translation>New rule</translation>
    </message>
    <message>
        <source>制度名称：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>制定单位：</source>
        <translation>Issuing unit:</translation>
    </message>
    <message>
        <source>县教整办</source>
        <translation>County office</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>已出台</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>出台日期：</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <source>文号：</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <source>可不填，如 青政法〔2021〕12号</source>
        <translation>Optional, e.g. 青政法〔2021〕12号</translation>
    </message>
    <message>
        <source>关联整改事项：</source>
        <translation>Rectification items:</translation>
    </message>
    <message>
        <source>征求意见整改清单的编号，多个用顿号或逗号分开</source>
        <translation>Numbers from the feedback rectification list, separated by commas</translation>
    </message>
    <message>
        <source>关联整治措施：</source>
        <translation>Measures:</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Remarks:</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>新增制度…</source>
        <translation>New rule…</translation>
    </message>
    <message>
        <source>登记已出台或正在拟制定的规章制度</source>
        <translation>Register a rule or system issued or being drafted</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>修改制度，或在出台后填写出台日期和文号</source>
        <translation>Change a rule, or give its date and number once issued</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除误登记的制度</source>
        <translation>Delete a rule registered by mistake</translation>
    </message>
    <message>
        <source>导出Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>规章制度和顽瘴痼疾整治措施导出为 Excel 文件</source>
        <translation>Export rules and ingrained-problem measures to an Excel file</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>搜索制度名称、单位、文号、关联事项…</source>
        <translation>Search title, unit, number, linked items…</translation>
    </message>
    <message>
        <source>已出台{issued}个，正在拟制定{drafting}个；显示 {shown} / {total} 个</source>
        <translation>{issued} issued, {drafting} being drafted; showing {shown} / {total}</translation>
    </message>
    <message>
        <source>删除规章制度</source>
        <translation>Delete rule</translation>
    </message>
    <message>
        <source>删除“{title}”？</source>
        <translation>Delete “{title}”?</translation>
    </message>
    <message>
        <source>导出建章立制台账</source>
        <translation>Export rules and systems</translation>
    </message>
    <message>
        <source>建章立制台账-{day}.xlsx</source>
        <translation>rules-ledger-{day}.xlsx</translation>
    </message>
    <message>
        <source>已导出规章制度 {rules} 个、顽瘴痼疾整治措施 {measures} 项到
{path}</source>
        <translation>Exported {rules} rules and {measures} measures to
{path}</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <source>数据(&amp;D)</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back Up Now</translation>
    </message>
    <message>
        <source>备份到…</source>
        <translation>Back Up To…</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from Backup…</translation>
    </message>
    <message>
        <source>检查数据库</source>
        <translation>Check Database</translation>
    </message>
    <message>
        <source>打开备份文件夹</source>
        <translation>Open Backup Folder</translation>
    </message>
    <message>
        <source>操作日志…</source>
        <translation>Activity Log…</translation>
    </message>
    <message>
        <source>用户与权限…</source>
        <translation>Users and Permissions…</translation>
    </message>
    <message>
        <source>锁定屏幕</source>
        <translation>Lock Screen</translation>
    </message>
    <message>
        <source>加密设置…</source>
        <translation>Encryption Settings…</translation>
    </message>
    <message>
        <source>已备份并检查无误：
{0}</source>
        <translation>Backed up and checked, no problems found:
{0}</translation>
    </message>
    <message>
        <source>选择备份位置（如U盘）</source>
        <translation>Choose Where to Back Up (e.g. a USB drive)</translation>
    </message>
    <message>
        <source>

该备份已加密，打开时需要数据库密码。</source>
        <translation>

This backup is encrypted; opening it needs the database password.</translation>
    </message>
    <message>
        <source>自动备份失败：{0}</source>
        <translation>Automatic backup failed: {0}</translation>
    </message>
    <message>
        <source>自动备份</source>
        <translation>Automatic Backup</translation>
    </message>
    <message>
        <source>已自动备份（{0:%H:%M}）</source>
        <translation>Backed up automatically ({0:%H:%M})</translation>
    </message>
    <message>
        <source>关闭时备份</source>
        <translation>Backup on Close</translation>
    </message>
    <message>
        <source>关闭前的自动备份没有成功：{0}</source>
        <translation>The automatic backup before closing did not succeed: {0}</translation>
    </message>
    <message>
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>已加密</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <source>当前用户：{0}（{1}）</source>
        <translation>User: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>应用分数线</source>
        <translation>Apply Pass Mark</translation>
    </message>
    <message>
        <source>合格分数线</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <source>选中“成绩”格直接输入分数，回车保存并转到下一人。</source>
        <translation>Select a “Score” cell and type the score; Enter saves and moves to the next person.</translation>
    </message>
    <message>
        <source>应考 %1&#x3000;参考 %2&#x3000;合格 %3&#x3000;合格率 %4&#x3000;平均分 %5&#x3000;最高 %6&#x3000;最低 %7</source>
        <translation>Due %1  Sat %2  Passed %3  Pass rate %4  Average %5  Highest %6  Lowest %7</translation>
    </message>
    <message>
        <source>成绩</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>成绩：“%1”不是数字</source>
        <translation>Score: “%1” is not a number</translation>
    </message>
</context>
<context>
    <name>SelfCheckPage</name>
    <message>
        <source>填报自查事项…</source>
        <translation>Report item…</translation>
    </message>
    <message>
        <source>为一名干警登记个人自查事项</source>
        <translation>Register an officer&apos;s self-check item</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>修改尚未审核的自查事项</source>
        <translation>Change an item not yet reviewed</translation>
    </message>
    <message>
        <source>审核…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <source>按 单位初审 → 线索组复审 → 市教整办审核 的顺序进行下一步审核</source>
        <translation>Take the next review, in the order unit review → clue group review → city office review</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除误填的自查事项（仅限尚未审核的）</source>
        <translation>Delete an item entered by mistake (not yet reviewed only)</translation>
    </message>
    <message>
        <source>打印个人自查表…</source>
        <translation>Print self-check form…</translation>
    </message>
    <message>
        <source>所选干警的个人自查表（内部资料）</source>
        <translation>The selected officer&apos;s self-check form (internal)</translation>
    </message>
    <message>
        <source>全部审核进度</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>全部处理结果</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <source>搜索姓名、单位、类别、内容…</source>
        <translation>Search name, unit, category, content…</translation>
    </message>
    <message>
        <source>显示 {shown} / {total} 项</source>
        <translation>Showing {shown} / {total}</translation>
    </message>
    <message>
        <source>删除自查事项</source>
        <translation>Delete self-check item</translation>
    </message>
    <message>
        <source>删除 {name} 的这条自查事项（{category}）？</source>
        <translation>Delete this self-check item of {name} ({category})?</translation>
    </message>
    <message>
        <source>打印个人自查表</source>
        <translation>Print self-check form</translation>
    </message>
</context>
<context>
    <name>ServiceOverview</name>
    <message>
        <source>办实事措施</source>
        <translation>Service measures</translation>
    </message>
    <message>
        <source>办实事记录</source>
        <translation>Service records</translation>
    </message>
    <message>
        <source>点击打开“我为群众办实事”</source>
        <translation>Click to open “Serving the people”</translation>
    </message>
    <message>
        <source>条</source>
        <translation>items</translation>
    </message>
    <message>
        <source>办实事{a}条，营商环境{b}条</source>
        <translation>{a} for the people, {b} for business</translation>
    </message>
    <message>
        <source>项</source>
        <translation>items</translation>
    </message>
    <message>
        <source>涉及{n}个单位</source>
        <translation>{n} units</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>搜索…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>全县</source>
        <translation>Whole county</translation>
    </message>
</context>
<context>
    <name>ServiceTab</name>
    <message>
        <source>办实事记录</source>
        <translation>Service records</translation>
    </message>
    <message>
        <source>办实事措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>导出Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>把措施和办实事记录导出为 Excel 文件</source>
        <translation>Export the measures and service records to an Excel file</translation>
    </message>
    <message>
        <source>办实事措施 {m} 条 · 办实事记录 {r} 项</source>
        <translation>{m} measures · {r} service records</translation>
    </message>
    <message>
        <source>我为群众办实事（Excel）…</source>
        <translation>Serving the people (Excel)…</translation>
    </message>
    <message>
        <source>导出我为群众办实事</source>
        <translation>Export serving the people</translation>
    </message>
    <message>
        <source>我为群众办实事-{day}.xlsx</source>
        <translation>practical-deeds-{day}.xlsx</translation>
    </message>
    <message>
        <source>已导出措施 {m} 条、办实事记录 {r} 项到</source>
        <translation>Exported {m} measures and {r} service records to</translation>
    </message>
    <message>
        <source>我为群众办实事</source>
        <translation>Serving the people</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>修改学习活动</source>
        <translation>Edit Study Session</translation>
    </message>
    <message>
        <source>新建学习活动</source>
        <translation>New Study Session</translation>
    </message>
    <message>
        <source>如：全县政法系统警示教育大会</source>
        <translation>e.g. County political-legal system warning education conference</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>主讲人或报告人，如：县委书记 王强</source>
        <translation>Speaker or presenter, e.g. County Party Secretary Wang Qiang</translation>
    </message>
    <message>
        <source>按日期自动</source>
        <translation>By date</translation>
    </message>
    <message>
        <source>（不属任何阶段）</source>
        <translation>(no phase)</translation>
    </message>
    <message>
        <source>每行一项，如：观看警示教育专题片</source>
        <translation>One item per line, e.g. Watch the warning education film</translation>
    </message>
    <message>
        <source>学习材料，也是补学的默认材料</source>
        <translation>Study material, also the default for make-up study</translation>
    </message>
    <message>
        <source>合格分数线</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>活动名称</source>
        <translation>Event name</translation>
    </message>
    <message>
        <source>日期时间</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>主讲/报告</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>Host unit</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>议程</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>会议要求</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>学习材料</source>
        <translation>Study material</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>参加范围</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>参加教育整顿的全体干警。病休、专案人员也列入名单，锁定名单时自动登记为请假，并安排送学、补学；借调、离岗人员不列入。</source>
        <translation>All officers in the campaign. People on sick leave or assigned to special cases are listed too; when the list is locked they are recorded as on leave and given make-up study. Seconded and off-post people are not listed.</translation>
    </message>
    <message>
        <source>本场应到名单已锁定，参加范围不能再改；个别人员可在“参会人员/考勤”页添加或移出。</source>
        <translation>The attendance list of this session is locked, so the attendees can no longer change; individual people can be added or removed on the “Attendance” page.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>日期不在教育整顿期间</source>
        <translation>The date is outside the campaign period</translation>
    </message>
    <message>
        <source>应到 %1 人</source>
        <translation>%1 expected</translation>
    </message>
    <message>
        <source>（其中%1，锁定名单时自动登记为请假）</source>
        <translation>(including %1, recorded as on leave when the list is locked)</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>新建活动…</source>
        <translation>New Session…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>会议通知…</source>
        <translation>Meeting Notice…</translation>
    </message>
    <message>
        <source>签到表…</source>
        <translation>Sign-in Sheet…</translation>
    </message>
    <message>
        <source>活动类型…</source>
        <translation>Session Types…</translation>
    </message>
    <message>
        <source>全部阶段</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>查找活动名称、地点、主讲人</source>
        <translation>Find session name, place, speaker</translation>
    </message>
    <message>
        <source>回收站</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>参会人员/考勤</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>补学</source>
        <translation>Make-up Study</translation>
    </message>
    <message>
        <source>心得体会</source>
        <translation>Reflections</translation>
    </message>
    <message>
        <source>成绩</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>请在上方选择一场学习活动，或点“新建活动…”。</source>
        <translation>Select a study session above, or click “New Session…”.</translation>
    </message>
    <message>
        <source>参加：%1</source>
        <translation>Attendees: %1</translation>
    </message>
    <message>
        <source>应到 %1 人</source>
        <translation>%1 expected</translation>
    </message>
    <message>
        <source>，实到 %1，请假 %2，缺席 %3，出勤率 %4</source>
        <translation>, present %1, leave %2, absent %3, attendance %4</translation>
    </message>
    <message>
        <source>；补学已完成 %1、未完成 %2</source>
        <translation>; make-up study %1 done, %2 open</translation>
    </message>
    <message>
        <source>（&lt;span style=&apos;color:#b00020&apos;&gt;逾期 %1&lt;/span&gt;）</source>
        <translation> (&lt;span style=&apos;color:#b00020&apos;&gt;%1 overdue&lt;/span&gt;)</translation>
    </message>
    <message>
        <source>；心得体会 %1 篇</source>
        <translation>; %1 reflections</translation>
    </message>
    <message>
        <source>（在回收站中）</source>
        <translation> (in the trash)</translation>
    </message>
    <message>
        <source>删除学习活动</source>
        <translation>Delete Study Sessions</translation>
    </message>
    <message>
        <source>把以下 %1 场活动移到回收站？（可在“回收站”中恢复）

</source>
        <translation>Move these %1 sessions to the trash? (They can be restored from “Trash”.)

</translation>
    </message>
    <message>
        <source>会议通知</source>
        <translation>Meeting Notice</translation>
    </message>
    <message>
        <source>请先选择一场学习活动。</source>
        <translation>Please select a study session first.</translation>
    </message>
    <message>
        <source>生成会议通知</source>
        <translation>Generate Meeting Notice</translation>
    </message>
    <message>
        <source>会议通知 — %1</source>
        <translation>Meeting Notice — %1</translation>
    </message>
    <message>
        <source>签到表</source>
        <translation>Sign-in Sheet</translation>
    </message>
    <message>
        <source>生成签到表</source>
        <translation>Generate Sign-in Sheet</translation>
    </message>
    <message>
        <source>签到表 — %1</source>
        <translation>Sign-in Sheet — %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>征求意见设置</source>
        <translation>Feedback Settings</translation>
    </message>
    <message>
        <source>应用</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>编号前缀</source>
        <translation>Number prefix</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>改名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <source>标为/取消顽瘴痼疾</source>
        <translation>Toggle Persistent Problem</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>意见建议类别（改名后已登记的意见建议随之改过来）</source>
        <translation>Feedback categories (renaming also renames them in feedback already entered)</translation>
    </message>
    <message>
        <source>下一个编号：</source>
        <translation>Next number: </translation>
    </message>
    <message>
        <source>添加类别</source>
        <translation>Add Category</translation>
    </message>
    <message>
        <source>类别名称</source>
        <translation>Category name</translation>
    </message>
    <message>
        <source>类别改名</source>
        <translation>Rename Category</translation>
    </message>
    <message>
        <source>新名称</source>
        <translation>New name</translation>
    </message>
    <message>
        <source>删除类别</source>
        <translation>Delete Category</translation>
    </message>
    <message>
        <source>调整顺序</source>
        <translation>Reorder</translation>
    </message>
    <message>
        <source>顽瘴痼疾</source>
        <translation>Persistent problem</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>这些名称和日期印在通知、报告、回复函、承诺书和台账上，随数据库文件保存。未填写的项目在文书中显示为“××”占位。</source>
        <translation>These names and dates are printed on notices, reports, reply letters, pledges and ledgers, and are saved with the database file. Items not filled in appear as “××” in the documents.</translation>
    </message>
    <message>
        <source>按常规时长推算其余日期</source>
        <translation>Fill In the Rest from Usual Lengths</translation>
    </message>
    <message>
        <source>学习教育约30天、查纠整改约75天、总结提升约15天</source>
        <translation>Study about 30 days, Investigation and Rectification about 75 days, Review and Improvement about 15 days</translation>
    </message>
    <message>
        <source>留空则用教整办全称</source>
        <translation>Leave blank to use the Campaign Office&apos;s full name</translation>
    </message>
    <message>
        <source>设置向导…</source>
        <translation>Setup Wizard…</translation>
    </message>
    <message>
        <source>按步骤重新填写单位信息、文书落款和阶段日期</source>
        <translation>Fill in the office details, document signature and phase dates again, step by step</translation>
    </message>
    <message>
        <source>当前账户只能查阅，或数据库以只读方式打开，不能修改设置</source>
        <translation>The current account can only view, or the database is open read-only: settings cannot be changed</translation>
    </message>
    <message>
        <source>未填写阶段日期：总览没有按阶段统计的选项。</source>
        <translation>No phase dates: the Overview has no statistics by phase.</translation>
    </message>
    <message>
        <source>日期顺序不对：每个环节应在上一个环节开始之后开始</source>
        <translation>Dates out of order: each phase must start after the previous one starts</translation>
    </message>
    <message>
        <source>学习教育{a}天，查纠整改{b}天，总结提升{c}天</source>
        <translation>Study {a} days, Investigation and Rectification {b} days, Review and Improvement {c} days</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>设置向导</source>
        <translation>Setup Wizard</translation>
    </message>
    <message>
        <source>下一步(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>完成(&amp;F)</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>跳过</source>
        <translation>Skip</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>屏幕签名 — %1 · %2</source>
        <translation>Sign on Screen — %1 · %2</translation>
    </message>
    <message>
        <source>%1 请在此处签名</source>
        <translation>%1, please sign here</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <comment>date format of QDateEdit</comment>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>清除重签</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>撤销一笔</source>
        <translation>Undo Stroke</translation>
    </message>
    <message>
        <source>确认签名</source>
        <translation>Confirm Signature</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>签署日期：</source>
        <translation>Date signed:</translation>
    </message>
    <message>
        <source>请承诺人阅读上方承诺书后，用鼠标或手写板在下框内签名：</source>
        <translation>The pledger reads the pledge above, then signs in the box below with the mouse or a pen tablet:</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>请在此处签名</source>
        <translation>Please sign here</translation>
    </message>
    <message>
        <source>用鼠标或手写板在框内签名</source>
        <translation>Sign in the box with the mouse or a pen tablet</translation>
    </message>
</context>
<context>
    <name>SignedDateDialog</name>
    <message>
        <source>登记为已签署</source>
        <translation>Mark as Signed</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <comment>date format of QDateEdit</comment>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message numerus="yes">
        <source>将勾选的 %n 份纸质承诺书登记为已签署。</source>
        <translation>
            <numerusform>Mark the %n ticked paper pledge as signed.</numerusform>
            <numerusform>Mark the %n ticked paper pledges as signed.</numerusform>
        </translation>
    </message>
    <message>
        <source>签署日期：</source>
        <translation>Date signed:</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Mark Signed</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SnippetButton</name>
    <message>
        <source>常用语</source>
        <translation>Snippets</translation>
    </message>
    <message>
        <source>（还没有常用语）</source>
        <translation>(no snippets yet)</translation>
    </message>
    <message>
        <source>管理常用语…</source>
        <translation>Manage Snippets…</translation>
    </message>
</context>
<context>
    <name>SnippetsDialog</name>
    <message>
        <source>常用语</source>
        <translation>Snippets</translation>
    </message>
    <message>
        <source>用于</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>文字</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>Save Changes</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除常用语</source>
        <translation>Delete phrase</translation>
    </message>
    <message>
        <source>确定删除常用语“{title}”吗？</source>
        <translation>Delete the phrase “{title}”?</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>StartupPrompts</name>
    <message>
        <source>数据库“{name}”已加密，请输入密码：</source>
        <translation>The database “{name}” is encrypted. Enter its password:</translation>
    </message>
    <message>
        <source>{app} — 输入数据库密码</source>
        <translation>{app} — Database Password</translation>
    </message>
    <message>
        <source>只读打开</source>
        <translation>Open Read-only</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>{error}

是否选择另一个数据库文件？</source>
        <translation>{error}

Do you want to choose another database file?</translation>
    </message>
    <message>
        <source>打开数据库</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>教育整顿数据库 (*.db *.sqlite);;所有文件 (*)</source>
        <translation>Campaign databases (*.db *.sqlite);;All files (*)</translation>
    </message>
</context>
<context>
    <name>StudyTab</name>
    <message>
        <source>学习活动</source>
        <translation>Study Sessions</translation>
    </message>
    <message>
        <source>补学台账</source>
        <translation>Make-up Study Ledger</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>学习活动 %1 场（计划 %2）· 出勤率 %3 · 补学未完成 %4（逾期 %5）· 心得体会 %6 篇</source>
        <translation>%1 study sessions (%2 planned) · attendance %3 · make-up study open %4 (%5 overdue) · %6 reflections</translation>
    </message>
    <message>
        <source>学习教育</source>
        <translation>Study</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <source>基本信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>交办与整改</source>
        <translation>Assignment and Rectification</translation>
    </message>
    <message>
        <source>回复提出人</source>
        <translation>Reply to Submitter</translation>
    </message>
    <message>
        <source>提出人</source>
        <translation>Submitter</translation>
    </message>
    <message>
        <source>办理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>办理：</source>
        <translation>Action: </translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>匿名提出（不记录姓名和联系方式）</source>
        <translation>Anonymous (no name or contact details recorded)</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>收集活动</source>
        <translation>Collection event</translation>
    </message>
    <message>
        <source>来源渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>收集日期</source>
        <translation>Collected on</translation>
    </message>
    <message>
        <source>意见建议内容</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>（未交办）</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <source>添加附件…</source>
        <translation>Add Attachment…</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>删除附件</source>
        <translation>Delete Attachment</translation>
    </message>
    <message>
        <source>责任领导</source>
        <translation>Leader responsible</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <source>销号日期</source>
        <translation>Closed out on</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>整改时限</source>
        <translation>Rectification deadline</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Rectification measures</translation>
    </message>
    <message>
        <source>进展</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>销号审核人</source>
        <translation>Closed out by (reviewer)</translation>
    </message>
    <message>
        <source>保存回复情况</source>
        <translation>Save Reply</translation>
    </message>
    <message>
        <source>生成回复函…</source>
        <translation>Generate Reply Letter…</translation>
    </message>
    <message>
        <source>回复方式</source>
        <translation>Reply method</translation>
    </message>
    <message>
        <source>回复日期</source>
        <translation>Reply date</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>反馈内容</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>回复函按公文格式生成 PDF，可预览后打印；合并了多位提出人的，可选择寄给哪一位。</source>
        <translation>The reply letter is generated as an official-format PDF to preview and print; where several submitters were merged, you can choose whom it goes to.</translation>
    </message>
    <message>
        <source>撤销合并所选条目</source>
        <translation>Unmerge Selected Items</translation>
    </message>
    <message>
        <source>反映同一问题的意见建议合并后，所有提出人和来源都保留在这里。</source>
        <translation>When suggestions about the same issue are merged, all submitters and sources are kept here.</translation>
    </message>
    <message>
        <source>登记意见建议</source>
        <translation>Enter Feedback</translation>
    </message>
    <message>
        <source>新登记的意见建议（保存后为“待交办”）</source>
        <translation>New suggestion (saved as “Awaiting assignment”)</translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>不予采纳理由：</source>
        <translation>Reason for not adopting: </translation>
    </message>
    <message>
        <source>本条已合并到 </source>
        <translation>This item was merged into </translation>
    </message>
    <message>
        <source>，提出人和来源计入该条，请在该条上办理。可在“提出人”页撤销合并。</source>
        <translation>; its submitters and sources count for that item — handle it there. The merge can be undone on the “Submitter” page.</translation>
    </message>
    <message>
        <source>整改时限 </source>
        <translation>Rectification deadline </translation>
    </message>
    <message>
        <source>当前状态为“</source>
        <translation>The current status is “</translation>
    </message>
    <message>
        <source>”，不能进行这一步。</source>
        <translation>”; this step is not possible.</translation>
    </message>
    <message>
        <source>添加佐证材料</source>
        <translation>Add Evidence</translation>
    </message>
    <message>
        <source>佐证材料 (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;所有文件 (*)</source>
        <translation>Evidence (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>打开附件</source>
        <translation>Open Attachment</translation>
    </message>
    <message>
        <source>删除附件“</source>
        <translation>Delete the attachment “</translation>
    </message>
    <message>
        <source>”？</source>
        <translation>”?</translation>
    </message>
    <message>
        <source>撤销合并</source>
        <translation>Unmerge</translation>
    </message>
    <message>
        <source>请先在列表中选择一条“已合并”的条目。</source>
        <translation>Please select an item marked “Merged” in the list first.</translation>
    </message>
    <message>
        <source>有未保存的修改，是否保存？</source>
        <translation>There are unsaved changes. Save them?</translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <source>登记督导…</source>
        <translation>New visit…</translation>
    </message>
    <message>
        <source>登记一次“一看二查三访四提醒”调研督导</source>
        <translation>Enter a supervision visit (look, check, visit, remind)</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>修改所选督导的日期、单位和情况</source>
        <translation>Change the selected visit&apos;s date, unit and notes</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除误登记的督导（连同其提醒事项）</source>
        <translation>Delete a visit entered by mistake (with its reminders)</translation>
    </message>
    <message>
        <source>发出提醒…</source>
        <translation>Remind…</translation>
    </message>
    <message>
        <source>对所选督导发现的问题发出提醒，明确整改时限</source>
        <translation>Issue a reminder about what the selected visit found, with a time limit</translation>
    </message>
    <message>
        <source>整改销号…</source>
        <translation>Close out…</translation>
    </message>
    <message>
        <source>所选提醒事项整改到位后销号</source>
        <translation>Close out the selected reminder once it is put right</translation>
    </message>
    <message>
        <source>撤销销号</source>
        <translation>Undo close-out</translation>
    </message>
    <message>
        <source>所选提醒事项未整改到位时撤销销号</source>
        <translation>Undo the close-out of the selected reminder when it was not put right</translation>
    </message>
    <message>
        <source>删除提醒</source>
        <translation>Delete reminder</translation>
    </message>
    <message>
        <source>删除误登记的提醒事项（未销号的）</source>
        <translation>Delete a reminder entered by mistake (not yet closed out)</translation>
    </message>
    <message>
        <source>督导 {n} 次，提醒 {r} 条，已销号 {c} 条，逾期 {o} 条</source>
        <translation>{n} visits, {r} reminders, {c} closed out, {o} overdue</translation>
    </message>
    <message>
        <source>请在上方选择一次督导，查看其“一看二查三访”情况和提醒事项。</source>
        <translation>Select a visit above to see what it looked at, checked and visited, and its reminders.</translation>
    </message>
    <message>
        <source>{day} {unit}（{team}）&#x3000;一看：{a}&#x3000;二查：{b}&#x3000;三访：{c}&#x3000;发现问题：{d}</source>
        <translation>{day} {unit} ({team})  Looked at: {a}  Checked: {b}  Visited: {c}  Found: {d}</translation>
    </message>
    <message>
        <source>删除督导</source>
        <translation>Delete Visit</translation>
    </message>
    <message>
        <source>删除 {day} 对{unit}的督导及其 {n} 条提醒？</source>
        <translation>Delete the visit to {unit} on {day} and its {n} reminders?</translation>
    </message>
    <message>
        <source>撤销这条提醒事项的销号？</source>
        <translation>Undo the close-out of this reminder?</translation>
    </message>
    <message>
        <source>删除提醒事项“{text}”？</source>
        <translation>Delete the reminder “{text}”?</translation>
    </message>
</context>
<context>
    <name>TableHeader</name>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>添加人</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>添加时间</source>
        <translation>Added at</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>提出人</source>
        <translation>Submitter</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>收集活动</source>
        <translation>Collection event</translation>
    </message>
    <message>
        <source>收集日期</source>
        <translation>Collected on</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>六大顽瘴痼疾</source>
        <translation>Six persistent problems</translation>
    </message>
    <message>
        <source>已用（条）</source>
        <translation>Used (items)</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>意见建议内容</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>条数</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>会议类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>召开日期</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>议题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>主持人</source>
        <translation>Presided by</translation>
    </message>
    <message>
        <source>参会人数</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>邀请媒体</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>印发日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>文种</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>文件标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>发文机关</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>通报日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>通报渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>通报标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>推荐单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>推荐日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>评选层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>评选结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>荣誉称号</source>
        <translation>Honour</translation>
    </message>
    <message>
        <source>先进典型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>英模报告会</source>
        <translation>Report meeting</translation>
    </message>
    <message>
        <source>主要事迹</source>
        <translation>Deeds</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>承诺书</source>
        <translation>Pledge</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>下发日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>打印日期</source>
        <translation>Printed on</translation>
    </message>
    <message>
        <source>签署日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>签署方式</source>
        <translation>How signed</translation>
    </message>
    <message>
        <source>归档日期</source>
        <translation>Archived on</translation>
    </message>
    <message>
        <source>扫描件</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>选</source>
        <translation>Tick</translation>
    </message>
    <message>
        <source>下发</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>已打印</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>已签署</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>未签署</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>完成率</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>职级</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>政治面貌</source>
        <translation>Political status</translation>
    </message>
    <message>
        <source>人员类别</source>
        <translation>Personnel category</translation>
    </message>
    <message>
        <source>在岗状态</source>
        <translation>Post status</translation>
    </message>
    <message>
        <source>班子</source>
        <translation>Leadership</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>部门及职务</source>
        <translation>Department and post</translation>
    </message>
    <message>
        <source>删除时间</source>
        <translation>Deleted at</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>谈话内容</source>
        <translation>Talk content</translation>
    </message>
    <message>
        <source>完整身份证号</source>
        <translation>Full ID number</translation>
    </message>
    <message>
        <source>问题线索</source>
        <translation>Problem clues</translation>
    </message>
    <message>
        <source>最近登录</source>
        <translation>Last login</translation>
    </message>
    <message>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>变更内容</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>加密</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <source>活动名称</source>
        <translation>Event name</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>参加范围</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>应到</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>实到</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>请假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>在岗在编</source>
        <translation>In post</translation>
    </message>
    <message>
        <source>出勤率</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>谈话覆盖率</source>
        <translation>Talk coverage</translation>
    </message>
    <message>
        <source>谈话人次</source>
        <translation>Talks</translation>
    </message>
    <message>
        <source>补学未完成</source>
        <translation>Make-up open</translation>
    </message>
    <message>
        <source>已交办</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>已销号</source>
        <translation>Closed out</translation>
    </message>
    <message>
        <source>逾期未销号</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>承诺书 已签/下发</source>
        <translation>Pledges</translation>
    </message>
    <message>
        <source>在岗在编干警人数（今天的人员台账）</source>
        <translation>Officers in post (today&apos;s roster)</translation>
    </message>
    <message>
        <source>学习活动实到人次 ÷ 已登记考勤的应到人次</source>
        <translation>Person-times present ÷ person-times expected, where attendance is recorded</translation>
    </message>
    <message>
        <source>各轮应谈名单中已谈话的人数占比（整个教育整顿）</source>
        <translation>Share of the people due in each round who have been talked to (whole campaign)</translation>
    </message>
    <message>
        <source>谈话人次（集体谈话按到场人数计）</source>
        <translation>Talk person-times (a group talk counts everyone present)</translation>
    </message>
    <message>
        <source>交来的学习心得体会篇数</source>
        <translation>Reflections handed in</translation>
    </message>
    <message>
        <source>请假、缺席后尚未完成的补学人次</source>
        <translation>Make-up study not yet done after leave or absence (person-times)</translation>
    </message>
    <message>
        <source>本单位为责任单位的意见建议（合并的重复意见不另计）</source>
        <translation>Suggestions this unit is responsible for (merged duplicates not counted again)</translation>
    </message>
    <message>
        <source>已交办本单位办理的条数</source>
        <translation>Suggestions assigned to this unit</translation>
    </message>
    <message>
        <source>已整改销号的条数</source>
        <translation>Suggestions rectified and closed out</translation>
    </message>
    <message>
        <source>超过整改时限尚未销号的条数</source>
        <translation>Suggestions past their deadline and not closed out</translation>
    </message>
    <message>
        <source>本单位干警签署的承诺书份数 / 下发份数</source>
        <translation>Pledges signed by this unit&apos;s officers / pledges issued</translation>
    </message>
    <message>
        <source>心得</source>
        <translation>Reflections</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>考勤</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>原因/说明</source>
        <translation>Reason / note</translation>
    </message>
    <message>
        <source>请假、缺席或迟到的原因：双击或按 F2 填写</source>
        <translation>Reason for leave, absence or lateness: double-click or press F2 to enter</translation>
    </message>
    <message>
        <source>补学</source>
        <translation>Make-up Study</translation>
    </message>
    <message>
        <source>心得体会</source>
        <translation>Reflections</translation>
    </message>
    <message>
        <source>交来日期</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>字数</source>
        <translation>Words</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>成绩</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>直接输入分数（0–100），回车后转到下一人；清空即删除成绩</source>
        <translation>Type the score (0–100); Enter moves to the next person; clear it to delete the score</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>活动日期</source>
        <translation>Session date</translation>
    </message>
    <message>
        <source>学习活动</source>
        <translation>Study Sessions</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>补学方式</source>
        <translation>Make-up method</translation>
    </message>
    <message>
        <source>学习材料</source>
        <translation>Study material</translation>
    </message>
    <message>
        <source>完成期限</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>制度名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>制定单位</source>
        <translation>Issuing unit</translation>
    </message>
    <message>
        <source>关联整改事项</source>
        <translation>Rectification items</translation>
    </message>
    <message>
        <source>关联顽瘴痼疾整治</source>
        <translation>Ingrained problems</translation>
    </message>
    <message>
        <source>顽瘴痼疾</source>
        <translation>Ingrained problem</translation>
    </message>
    <message>
        <source>整治措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>时限情况</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>关联制度</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>佐证</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>应到人次</source>
        <translation>Expected (person-times)</translation>
    </message>
    <message>
        <source>实到人次</source>
        <translation>Present (person-times)</translation>
    </message>
    <message>
        <source>其中逾期</source>
        <translation>Of which overdue</translation>
    </message>
    <message>
        <source>补学已完成</source>
        <translation>Make-up done</translation>
    </message>
    <message>
        <source>已举行</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>场次</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>类型名称</source>
        <translation>Type name</translation>
    </message>
    <message>
        <source>通知用词</source>
        <translation>Notice verb</translation>
    </message>
    <message>
        <source>通知标题：关于{用词}{活动名称}的通知</source>
        <translation>Notice title: 关于 + verb + session name + 的通知</translation>
    </message>
    <message>
        <source>计成绩</source>
        <translation>Scored</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>已有活动</source>
        <translation>Sessions so far</translation>
    </message>
    <message>
        <source>应谈</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>已谈</source>
        <translation>Talked</translation>
    </message>
    <message>
        <source>未谈</source>
        <translation>Not yet talked</translation>
    </message>
    <message>
        <source>覆盖率</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>人次</source>
        <translation>Person-times</translation>
    </message>
    <message>
        <source>轮次</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>起止日期</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>缺口</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>应由谁谈</source>
        <translation>Should be talked to by</translation>
    </message>
    <message>
        <source>本轮谈话人</source>
        <translation>Talked to this round by</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>谈话对象</source>
        <translation>Interviewee</translation>
    </message>
    <message>
        <source>谈话人</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>谈话日期</source>
        <translation>Talk date</translation>
    </message>
    <message>
        <source>排查项目</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>排查数量</source>
        <translation>Examined</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>移交线索</source>
        <translation>To clues</translation>
    </message>
    <message>
        <source>发现日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>涉及人员</source>
        <translation>Person concerned</translation>
    </message>
    <message>
        <source>处理方式</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>线索编号</source>
        <translation>Clue no.</translation>
    </message>
    <message>
        <source>应谈人数</source>
        <translation>Due (people)</translation>
    </message>
    <message>
        <source>谈话记录</source>
        <translation>Talk records</translation>
    </message>
    <message>
        <source>用于</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>文字</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>后续事项</source>
        <translation>Follow-up items</translation>
    </message>
    <message>
        <source>主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>填报日期</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>主动说明</source>
        <translation>Self-reported</translation>
    </message>
    <message>
        <source>审核进度</source>
        <translation>Review stage</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>自查事项</source>
        <translation>Self-check item</translation>
    </message>
    <message>
        <source>审核环节</source>
        <translation>Review step</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>审核日期</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <source>处理意见</source>
        <translation>Proposed outcome</translation>
    </message>
    <message>
        <source>审核意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>被反映人</source>
        <translation>Person reported</translation>
    </message>
    <message>
        <source>所在单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>处置方式</source>
        <translation>Disposal</translation>
    </message>
    <message>
        <source>承办单位／人</source>
        <translation>Handling unit / person</translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>线索内容</source>
        <translation>Clue</translation>
    </message>
    <message>
        <source>环节</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>主要内容</source>
        <translation>Main content</translation>
    </message>
    <message>
        <source>反映的问题</source>
        <translation>Problems raised</translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>重点工作</source>
        <translation>Key task</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>销号日期</source>
        <translation>Closed out on</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>督导日期</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <source>督导单位</source>
        <translation>Unit visited</translation>
    </message>
    <message>
        <source>督导组</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>提醒</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>提醒事项</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>整改时限</source>
        <translation>Rectification deadline</translation>
    </message>
    <message>
        <source>整改情况</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>零报告</source>
        <translation>Zero report</translation>
    </message>
    <message>
        <source>工作部署</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>工作提示</source>
        <translation>Hints</translation>
    </message>
    <message>
        <source>工作交办</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>报送人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>未报送单位</source>
        <translation>Unit not reporting</translation>
    </message>
    <message>
        <source>数字</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>比较</source>
        <translation>Compared</translation>
    </message>
    <message>
        <source>办实事情况</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>出台日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>措施类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>出台单位</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>落实情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>措施名称</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>我为群众办实事</source>
        <translation>Serving the people</translation>
    </message>
</context>
<context>
    <name>TalkDialog</name>
    <message>
        <source>修改谈话记录</source>
        <translation>Edit Talk Record</translation>
    </message>
    <message>
        <source>登记谈话</source>
        <translation>Record Talk</translation>
    </message>
    <message>
        <source>如 15:30</source>
        <translation>e.g. 15:30</translation>
    </message>
    <message>
        <source>谈话开始时间，可不填</source>
        <translation>Start time of the talk, optional</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>输入姓名选择；台账外人员直接输入姓名</source>
        <translation>Type a name to choose; for someone not on the roster just type the name</translation>
    </message>
    <message>
        <source>单位及职务（台账外人员必填）</source>
        <translation>Unit and post (required for people not on the roster)</translation>
    </message>
    <message>
        <source>按“一级谈一级”自动填谈话人</source>
        <translation>Fill in the interviewer by the “each level talks to the next” rule</translation>
    </message>
    <message>
        <source>个别谈话</source>
        <translation>One-to-one talk</translation>
    </message>
    <message>
        <source>集体谈话</source>
        <translation>Group talk</translation>
    </message>
    <message>
        <source>输入姓名或部门，回车添加</source>
        <translation>Type a name or department, Enter to add</translation>
    </message>
    <message>
        <source>下一位未谈</source>
        <translation>Next Not Yet Talked</translation>
    </message>
    <message>
        <source>本单位本轮尚未谈话的下一位</source>
        <translation>The next person in this unit not yet talked to in this round</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>谈话对象</source>
        <translation>Interviewee</translation>
    </message>
    <message>
        <source>轮次</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>谈话日期</source>
        <translation>Talk date</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>谈话人</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>谈话人职务</source>
        <translation>Interviewer&apos;s post</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>Note-taker</translation>
    </message>
    <message>
        <source>谈话对象主动说明问题</source>
        <translation>The interviewee raised problems of their own accord</translation>
    </message>
    <message>
        <source>添加事项</source>
        <translation>Add Item</translation>
    </message>
    <message>
        <source>删除事项</source>
        <translation>Delete Item</translation>
    </message>
    <message>
        <source>谈话主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>主要内容</source>
        <translation>Main content</translation>
    </message>
    <message>
        <source>反映的问题</source>
        <translation>Problems raised</translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>后续事项</source>
        <translation>Follow-up items</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>保存并下一位 (Ctrl+Enter)</source>
        <translation>Save and Next (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>保存并关闭</source>
        <translation>Save and Close</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>本单位台账中找不到“{name}”，请从列表中选择</source>
        <translation>“{name}” is not on this unit&apos;s roster; please choose from the list</translation>
    </message>
    <message>
        <source>{unit}本轮还有 {n} 人未谈</source>
        <translation>{unit}: {n} people not yet talked to in this round</translation>
    </message>
    <message>
        <source>{unit}本轮应谈人员已全部谈话</source>
        <translation>{unit}: everyone due in this round has been talked to</translation>
    </message>
    <message>
        <source>请从列表中选择，或只输入台账外人员的姓名</source>
        <translation>Choose from the list, or type only the name of someone not on the roster</translation>
    </message>
    <message>
        <source>台账中有{count}位“{name}”，请从列表中选择</source>
        <translation>There are {count} people named “{name}” on the roster; please choose from the list</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>第{number}项{caption}：{error}</source>
        <translation>Item {number}, {caption}: {error}</translation>
    </message>
    <message>
        <source>有 {n} 处需要修改，已输入的内容都保留着。</source>
        <translation>{n} field(s) need correcting; everything you entered is kept.</translation>
    </message>
    <message>
        <source>已保存（{names}）。{unit}本轮应谈人员已全部谈话，覆盖率100%。</source>
        <translation>Saved ({names}). Everyone due in {unit} this round has been talked to: 100% coverage.</translation>
    </message>
    <message>
        <source>已保存（{names}）。下一位：{next}</source>
        <translation>Saved ({names}). Next: {next}</translation>
    </message>
</context>
<context>
    <name>TalksTab</name>
    <message>
        <source>登记谈话…</source>
        <translation>Record Talk…</translation>
    </message>
    <message>
        <source>登记一次谈话；保存后自动转到本单位本轮下一位未谈人员</source>
        <translation>Record one talk; after saving, moves on to the next person in this unit not yet talked to this round</translation>
    </message>
    <message>
        <source>轮次设置…</source>
        <translation>Talk Rounds…</translation>
    </message>
    <message>
        <source>常用语…</source>
        <translation>Snippets…</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>覆盖情况表（本轮各单位）…</source>
        <translation>Coverage Table (units, this round)…</translation>
    </message>
    <message>
        <source>未谈名单（所选单位）…</source>
        <translation>Not-Yet-Talked List (selected unit)…</translation>
    </message>
    <message>
        <source>谈话记录表（选中的记录）…</source>
        <translation>Talk Record Forms (selected records)…</translation>
    </message>
    <message>
        <source>谈话记录表（本轮所选单位全部）…</source>
        <translation>Talk Record Forms (whole selected unit, this round)…</translation>
    </message>
    <message>
        <source>轮次</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>按台账刷新应谈名单</source>
        <translation>Refresh Due List from Roster</translation>
    </message>
    <message>
        <source>各单位覆盖情况</source>
        <translation>Coverage by unit</translation>
    </message>
    <message>
        <source>点击单位筛选右侧列表；点击“未谈”人数查看未谈名单。</source>
        <translation>Click a unit to filter the list on the right; click a “Not yet talked” figure to see who.</translation>
    </message>
    <message>
        <source>各轮次概况</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>“全部轮次”一行：整个教育整顿中至少谈话一次的人数（全覆盖）和各轮人次合计。</source>
        <translation>The “All rounds” row: people talked to at least once in the whole campaign (full coverage) and the person-times of all rounds.</translation>
    </message>
    <message>
        <source>搜索姓名、单位、谈话人、主题、地点…</source>
        <translation>Search name, unit, interviewer, topic, place…</translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>显示谈话内容</source>
        <translation>Show talk content</translation>
    </message>
    <message>
        <source>主要内容、反映的问题、意见建议属于保密信息，默认不显示</source>
        <translation>Main content, problems raised and suggestions are confidential and hidden by default</translation>
    </message>
    <message>
        <source>查看/修改…</source>
        <translation>View / Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>撤销删除</source>
        <translation>Undo Delete</translation>
    </message>
    <message>
        <source>意见建议转入整改台账</source>
        <translation>Suggestions to Rectification Ledger</translation>
    </message>
    <message>
        <source>把所选谈话记录中的“意见建议”登记到征求意见整改台账，并相互关联</source>
        <translation>Enter the “Suggestions” of the selected talk records into the Feedback rectification ledger, linked both ways</translation>
    </message>
    <message>
        <source>为所选人员登记谈话…</source>
        <translation>Record Talk for Selected…</translation>
    </message>
    <message>
        <source>打印未谈名单…</source>
        <translation>Print Not-Yet-Talked List…</translation>
    </message>
    <message>
        <source>移出本轮应谈名单…</source>
        <translation>Remove from This Round&apos;s Due List…</translation>
    </message>
    <message>
        <source>如调离、长期病休等不再需要本轮谈话的人员</source>
        <translation>For people who no longer need a talk this round, e.g. transferred or on long sick leave</translation>
    </message>
    <message>
        <source>全部缺口</source>
        <translation>All gaps</translation>
    </message>
    <message>
        <source>只看未完成</source>
        <translation>Open only</translation>
    </message>
    <message>
        <source>标记为已完成</source>
        <translation>Mark Done</translation>
    </message>
    <message>
        <source>改为未完成</source>
        <translation>Mark Not Done</translation>
    </message>
    <message>
        <source>谈话记录</source>
        <translation>Talk records</translation>
    </message>
    <message>
        <source>未谈名单</source>
        <translation>Not yet talked</translation>
    </message>
    <message>
        <source>层级检查</source>
        <translation>Level check</translation>
    </message>
    <message>
        <source>后续事项</source>
        <translation>Follow-up items</translation>
    </message>
    <message>
        <source>全部轮次（整个教育整顿）</source>
        <translation>All rounds (whole campaign)</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>本轮应谈名单与当前台账不一致：台账新增 {a} 人未列入，{b} 人已不在岗或已移出台账。</source>
        <translation>This round&apos;s due list differs from the current Roster: {a} people added to the Roster are not on it, {b} are no longer in post or no longer on the Roster.</translation>
    </message>
    <message>
        <source>显示 {shown} 条，共 {total} 条记录</source>
        <translation>{shown} of {total} records shown</translation>
    </message>
    <message>
        <source>谈话记录（{n}）</source>
        <translation>Talk records ({n})</translation>
    </message>
    <message>
        <source>当前账户无权查看谈话内容。</source>
        <translation>The current account may not view talk content.</translation>
    </message>
    <message>
        <source>查看谈话记录</source>
        <translation>View Talk Record</translation>
    </message>
    <message>
        <source>转入整改台账</source>
        <translation>To Rectification Ledger</translation>
    </message>
    <message>
        <source>已登记到整改台账，编号 {code}，状态“待交办”。</source>
        <translation>Entered in the rectification ledger as {code}, status “Awaiting assignment”.</translation>
    </message>
    <message>
        <source>删除谈话记录</source>
        <translation>Delete Talk Records</translation>
    </message>
    <message>
        <source>确定删除选中的 {n} 条谈话记录吗？删除后覆盖率随之重新计算。</source>
        <translation>Delete the {n} selected talk records? Coverage is recalculated afterwards.</translation>
    </message>
    <message>
        <source>各单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>{where}{round}未谈 {n} 人</source>
        <translation>{where}{round}: {n} not yet talked to</translation>
    </message>
    <message>
        <source>未谈名单（{n}）</source>
        <translation>Not yet talked ({n})</translation>
    </message>
    <message>
        <source>整个教育整顿期间</source>
        <translation>Whole campaign</translation>
    </message>
    <message>
        <source>移出应谈名单</source>
        <translation>Remove from Due List</translation>
    </message>
    <message>
        <source>将{names}（{n}人）移出{round}应谈名单？</source>
        <translation>Remove {names} ({n} people) from the due list of {round}?</translation>
    </message>
    <message>
        <source>刷新应谈名单</source>
        <translation>Refresh Due List</translation>
    </message>
    <message>
        <source>已按台账刷新：加入 {a} 人，移出 {b} 人。</source>
        <translation>Refreshed from the Roster: {a} added, {b} removed.</translation>
    </message>
    <message>
        <source>一级谈一级：一把手→班子成员→分管部门负责人→每名干警。班子成员缺口 {a} 处，部门负责人缺口 {b} 处，无人谈话 {c} 人。</source>
        <translation>Each level talks to the next: Head → leadership members → heads of the departments they oversee → every officer. Gaps: {a} at leadership member level, {b} at department head level; {c} people talked to by nobody.</translation>
    </message>
    <message>
        <source>层级检查（{n}）</source>
        <translation>Level check ({n})</translation>
    </message>
    <message>
        <source>未完成 {n} 项，其中逾期 {m} 项（红色）</source>
        <translation>{n} open, {m} of them overdue (red)</translation>
    </message>
    <message>
        <source>后续事项（{n}）</source>
        <translation>Follow-up items ({n})</translation>
    </message>
    <message>
        <source>全部轮次</source>
        <translation>All rounds</translation>
    </message>
    <message>
        <source>第一轮至最后一轮合计</source>
        <translation>All rounds, first to last</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>打印覆盖情况表</source>
        <translation>Print Coverage Table</translation>
    </message>
    <message>
        <source>打印未谈名单</source>
        <translation>Print Not-Yet-Talked List</translation>
    </message>
    <message>
        <source>打印谈话记录表</source>
        <translation>Print Talk Record Forms</translation>
    </message>
    <message>
        <source>将打印 {n} 份谈话记录表。

主要内容、反映的问题、意见建议属于保密信息。是否打印谈话内容？打印件请按保密要求保管。</source>
        <translation>{n} talk record forms will be printed.

Main content, problems raised and suggestions are confidential. Print the talk content? Keep printouts as confidential material.</translation>
    </message>
    <message>
        <source>打印谈话内容</source>
        <translation>Print Content</translation>
    </message>
    <message>
        <source>不打印内容</source>
        <translation>Without Content</translation>
    </message>
    <message>
        <source>当前账户无权打印谈话内容。</source>
        <translation>The current account may not print talk content.</translation>
    </message>
    <message>
        <source>请先在“谈话记录”中选中要打印的记录。</source>
        <translation>Please select the records to print under “Talk records” first.</translation>
    </message>
    <message>
        <source>请先选择一个轮次。</source>
        <translation>Please choose a round first.</translation>
    </message>
    <message>
        <source>本轮所选单位还没有谈话记录。</source>
        <translation>The selected unit has no talk records in this round.</translation>
    </message>
    <message>
        <source>{round}：应谈 {e} 人，已谈 {t} 人，覆盖率 {r}，{p} 人次</source>
        <translation>{round}: due {e}, talked {t}, coverage {r}, {p} person-times</translation>
    </message>
    <message>
        <source>；后续事项未完成 {n} 项（逾期 {m} 项）</source>
        <translation>; {n} follow-up items open ({m} overdue)</translation>
    </message>
    <message>
        <source>谈心谈话</source>
        <translation>Heart-to-heart Talks</translation>
    </message>
</context>
<context>
    <name>TaskCards</name>
    <message>
        <source>任务销号</source>
        <translation>Tasks closed out</translation>
    </message>
    <message>
        <source>督导提醒</source>
        <translation>Reminders closed</translation>
    </message>
    <message>
        <source>项</source>
        <translation> tasks</translation>
    </message>
    <message>
        <source>重点工作{key}项，逾期{overdue}项</source>
        <translation>{key} key tasks, {overdue} overdue</translation>
    </message>
    <message>
        <source>点击打开“任务督导”任务清单</source>
        <translation>Click to open the task list</translation>
    </message>
    <message>
        <source>日报零通报</source>
        <translation>no daily report missed</translation>
    </message>
    <message>
        <source>日报漏报{n}次</source>
        <translation>{n} daily reports missed</translation>
    </message>
    <message>
        <source>条</source>
        <translation> items</translation>
    </message>
    <message>
        <source>督导{visits}次，{missing}</source>
        <translation>{visits} visits, {missing}</translation>
    </message>
    <message>
        <source>点击打开“任务督导”督导检查</source>
        <translation>Click to open the supervision visits</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>修改补学任务 — %1</source>
        <translation>Edit Make-up Study Task — %1</translation>
    </message>
    <message>
        <source>学习活动</source>
        <translation>Study Sessions</translation>
    </message>
    <message>
        <source>考勤</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>补学方式</source>
        <translation>Make-up method</translation>
    </message>
    <message>
        <source>学习材料</source>
        <translation>Study material</translation>
    </message>
    <message>
        <source>完成期限</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>佐证说明</source>
        <translation>Evidence note</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>修改任务</source>
        <translation>Edit Task</translation>
    </message>
    <message>
        <source>新增任务</source>
        <translation>New Task</translation>
    </message>
    <message>
        <source>序号：</source>
        <translation>No.:</translation>
    </message>
    <message>
        <source>自动编号</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>环节：</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>任务：</source>
        <translation>Task:</translation>
    </message>
    <message>
        <source>重点工作：</source>
        <translation>Key task:</translation>
    </message>
    <message>
        <source>列为重点工作</source>
        <translation>Key task</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>责任单位：</source>
        <translation>Responsible unit:</translation>
    </message>
    <message>
        <source>（未确定）</source>
        <translation>(not yet set)</translation>
    </message>
    <message>
        <source>责任领导：</source>
        <translation>Leader in charge:</translation>
    </message>
    <message>
        <source>有完成时限</source>
        <translation>Has a deadline</translation>
    </message>
    <message>
        <source>完成时限：</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Remarks:</translation>
    </message>
</context>
<context>
    <name>TaskPage</name>
    <message>
        <source>新增任务…</source>
        <translation>New task…</translation>
    </message>
    <message>
        <source>在任务清单中增加一项具体任务</source>
        <translation>Add a task to the task list</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>修改所选任务的环节、责任单位和时限</source>
        <translation>Change the selected task&apos;s phase, responsible unit and deadline</translation>
    </message>
    <message>
        <source>销号…</source>
        <translation>Close out…</translation>
    </message>
    <message>
        <source>任务完成：写明佐证材料、销号日期和销号人</source>
        <translation>Task done: give the evidence, the close-out date and who closed it</translation>
    </message>
    <message>
        <source>重新打开…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>已销号的任务未真正完成时重新打开，须写明理由</source>
        <translation>Reopen a closed task that is not really done (give the reason)</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除误登记的任务（移入回收站）</source>
        <translation>Delete a task entered by mistake (it goes to the trash)</translation>
    </message>
    <message>
        <source>全部环节</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>只看重点工作</source>
        <translation>Key tasks only</translation>
    </message>
    <message>
        <source>只看逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>显示 {shown} / {total} 项（重点工作 {key} 项），已销号 {closed} 项，逾期 {overdue} 项</source>
        <translation>Showing {shown} / {total} ({key} key tasks), {closed} closed out, {overdue} overdue</translation>
    </message>
    <message>
        <source>任务销号</source>
        <translation>Tasks closed out</translation>
    </message>
    <message>
        <source>第{n}项任务已销号。</source>
        <translation>Task {n} is already closed out.</translation>
    </message>
    <message>
        <source>重新打开任务</source>
        <translation>Reopen Task</translation>
    </message>
    <message>
        <source>第{n}项任务尚未销号。</source>
        <translation>Task {n} is not closed out.</translation>
    </message>
    <message>
        <source>删除任务</source>
        <translation>Delete Task</translation>
    </message>
    <message>
        <source>删除第{n}项任务“{title}”？</source>
        <translation>Delete task {n} “{title}”?</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>任务清单</source>
        <translation>Task list</translation>
    </message>
    <message>
        <source>督导检查</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>工作日报</source>
        <translation>Daily reports</translation>
    </message>
    <message>
        <source>导出Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>任务清单、督导检查和提醒、工作日报及漏报情况导出为一个 Excel 文件</source>
        <translation>Export the task list, supervision visits and reminders, daily reports and missed reports to one Excel file</translation>
    </message>
    <message>
        <source>三个环节共 {tasks} 项具体任务、{key} 项重点工作，已销号 {closed} 项，逾期 {overdue} 项；督导 {visits} 次，提醒 {reminders} 条（已销号 {rc} 条）；工作日报 {reports} 份，漏报 {missing} 次</source>
        <translation>{tasks} tasks in the three phases, {key} key tasks, {closed} closed out, {overdue} overdue; {visits} supervision visits, {reminders} reminders ({rc} closed); {reports} daily reports, {missing} missed</translation>
    </message>
    <message>
        <source>任务 {tasks} 项 · 已销号 {closed} 项 · 逾期 {overdue} 项 · 漏报 {missing} 次</source>
        <translation>{tasks} tasks · {closed} closed out · {overdue} overdue · {missing} reports missed</translation>
    </message>
    <message>
        <source>导出任务督导</source>
        <translation>Export Tasks</translation>
    </message>
    <message>
        <source>任务督导-{day}.xlsx</source>
        <translation>tasks-supervision-{day}.xlsx</translation>
    </message>
    <message>
        <source>已导出任务 {t} 项、督导 {v} 次、提醒 {r} 条、工作日报 {d} 份到
{path}</source>
        <translation>Exported {t} tasks, {v} visits, {r} reminders and {d} daily reports to
{path}</translation>
    </message>
    <message>
        <source>任务督导</source>
        <translation>Tasks</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>审定通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>可不填，如：{县}政法队伍教育整顿领导小组</source>
        <translation>Optional, e.g. {县}政法队伍教育整顿领导小组</translation>
    </message>
    <message>
        <source>每条一段（回车另起一条），编号一、二、三……可不写，打印时自动编排</source>
        <translation>One paragraph per clause (Enter starts the next); numbers 一、二、三… are optional, printing adds them</translation>
    </message>
    <message>
        <source>本次修改说明（可不填）</source>
        <translation>What this change is about (optional)</translation>
    </message>
    <message>
        <source>可用占位符：</source>
        <translation>Placeholders: </translation>
    </message>
    <message>
        <source>版本：</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>标题：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>主送：</source>
        <translation>Addressee:</translation>
    </message>
    <message>
        <source>启语：</source>
        <translation>Opening:</translation>
    </message>
    <message>
        <source>承诺条款：</source>
        <translation>Clauses:</translation>
    </message>
    <message>
        <source>结语：</source>
        <translation>Closing:</translation>
    </message>
    <message>
        <source>修改说明：</source>
        <translation>Change note:</translation>
    </message>
    <message>
        <source>保存为新版本</source>
        <translation>Save as New Version</translation>
    </message>
    <message>
        <source>放弃修改</source>
        <translation>Discard Changes</translation>
    </message>
    <message>
        <source>另存为新模板…</source>
        <translation>Save as New Template…</translation>
    </message>
    <message>
        <source>预览（示例承诺人）：</source>
        <translation>Preview (sample pledger):</translation>
    </message>
    <message>
        <source>第%1版</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source> · 草稿</source>
        <translation> · draft</translation>
    </message>
    <message>
        <source>&#x3000;草稿</source>
        <translation>&#x3000;draft</translation>
    </message>
    <message>
        <source>此版本是程序提供的草稿（无公开范本可依），请教整办逐条审定：可直接修改后保存为新版本，或确认无误后点“审定通过”。</source>
        <translation>This version is a draft supplied with the program (there is no public model text to follow). The campaign office should review it clause by clause: edit it and save a new version, or, if it is right as it is, click “Approve”.</translation>
    </message>
    <message>
        <source>以此版本内容保存为新版本</source>
        <translation>Save This Text as New Version</translation>
    </message>
    <message>
        <source>正文%1磅，每页%2行、每行%3字（公文标准版心），共%4页。</source>
        <translation>Body text %1 pt, %2 lines per page, %3 characters per line (the standard official-document layout), %4 page(s).</translation>
    </message>
    <message>
        <source>保存模板</source>
        <translation>Save Template</translation>
    </message>
    <message>
        <source>内容与当前版本相同，未保存新版本。</source>
        <translation>The text is the same as the current version; no new version was saved.</translation>
    </message>
    <message>
        <source>已保存为第%1版。</source>
        <translation>Saved as version %1.</translation>
    </message>
    <message numerus="yes">
        <source>已下发的 %n 份承诺书仍保持原版本的文字；此后下发的使用新版本。</source>
        <translation>
            <numerusform> The %n pledge already issued keeps the text of its version; pledges issued from now on use the new one.</numerusform>
            <numerusform> The %n pledges already issued keep the text of their version; pledges issued from now on use the new one.</numerusform>
        </translation>
    </message>
    <message>
        <source>审定</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>文字已修改，请先“保存为新版本”（新版本即为审定后的文本）。</source>
        <translation>The text has been changed: first “Save as New Version” (the new version is the approved text).</translation>
    </message>
    <message>
        <source>第%1版已审定通过。</source>
        <translation>Version %1 approved.</translation>
    </message>
    <message>
        <source>另存为新模板</source>
        <translation>Save as New Template</translation>
    </message>
    <message>
        <source>新模板名称：</source>
        <translation>New template name:</translation>
    </message>
    <message>
        <source>适用对象：</source>
        <translation>Intended for:</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>（请选择）</source>
        <translation>(please choose)</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>责任领导</source>
        <translation>Leader responsible</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <source>整改时限</source>
        <translation>Rectification deadline</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Rectification measures</translation>
    </message>
    <message>
        <source>（必填）</source>
        <translation>(required)</translation>
    </message>
    <message>
        <source>进展</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>（已有附件</source>
        <translation> (</translation>
    </message>
    <message>
        <source>个）</source>
        <translation> attachment(s) already)</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>验收审核人姓名</source>
        <translation>Name of the reviewer</translation>
    </message>
    <message>
        <source>销号审核人</source>
        <translation>Closed out by (reviewer)</translation>
    </message>
    <message>
        <source>销号日期</source>
        <translation>Closed out on</translation>
    </message>
</context>
<context>
    <name>TypeEditDialog</name>
    <message>
        <source>修改类型</source>
        <translation>Edit Type</translation>
    </message>
    <message>
        <source>新增类型</source>
        <translation>New Type</translation>
    </message>
    <message>
        <source>通知标题为：关于{用词}{活动名称}的通知，如“召开”“举办”“组织开展”</source>
        <translation>The notice title reads 关于 + verb + session name + 的通知; verbs such as 召开, 举办, 组织开展</translation>
    </message>
    <message>
        <source>登记成绩（测试类）</source>
        <translation>Record scores (tests)</translation>
    </message>
    <message>
        <source>启用（停用后新建活动时不再列出）</source>
        <translation>Active (inactive types are not offered for new sessions)</translation>
    </message>
    <message>
        <source>类型名称</source>
        <translation>Type name</translation>
    </message>
    <message>
        <source>通知用词</source>
        <translation>Notice verb</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TypesDialog</name>
    <message>
        <source>学习活动类型</source>
        <translation>Study Session Types</translation>
    </message>
    <message>
        <source>新增…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>删除类型“%1”？</source>
        <translation>Delete the type “%1”?</translation>
    </message>
</context>
<context>
    <name>UnitFormDialog</name>
    <message>
        <source>编辑单位</source>
        <translation>Edit Unit</translation>
    </message>
    <message>
        <source>新增单位</source>
        <translation>New Unit</translation>
    </message>
    <message>
        <source>全称 *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>如 县检察院：表格和报表中显示的名称</source>
        <translation>e.g. 县检察院 (County Procuratorate): the name shown in tables and reports</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>每行一个：花名册、旧文件里对这个单位的其他叫法</source>
        <translation>One per line: other names for this unit in rosters and old files</translation>
    </message>
    <message>
        <source>别名</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <source>导入 Excel 和填写人员时，全称、简称、别名都认作这个单位（空格、全角半角不计）。</source>
        <translation>When importing from Excel or entering officers, the full name, short name and aliases all count as this unit (spaces and full-width or half-width characters are ignored).</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Departments</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <source>全覆盖</source>
        <translation>Full coverage</translation>
    </message>
    <message>
        <source>双击查看明细</source>
        <translation>Double-click for details</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <source>单位管理</source>
        <translation>Manage Units</translation>
    </message>
    <message>
        <source>重复的单位（如导入时多出的“县检察院”）请用“合并到…”：其人员、学习、谈话、承诺书、意见建议等记录全部并入目标单位，原名称保留为别名。</source>
        <translation>For a duplicate unit (such as an extra “县检察院” from an import), use “Merge Into…”: all its records (officers, study, talks, pledges, feedback and so on) move to the target unit, and its name is kept as an alias.</translation>
    </message>
    <message>
        <source>新增…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>合并到…</source>
        <translation>Merge Into…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>把“%1”的全部记录并入：</source>
        <translation>Merge all records of “%1” into:</translation>
    </message>
    <message>
        <source>合并单位</source>
        <translation>Merge Units</translation>
    </message>
    <message>
        <source>没有记录</source>
        <translation>no records</translation>
    </message>
    <message>
        <source>把“%1”合并到“%2”？

将移过去的记录：%3。

合并后“%1”不再单独列出，它的名称作为“%2”的别名保留（导入、填写时仍能识别）。此操作不能撤销（可从备份恢复）。</source>
        <translation>Merge “%1” into “%2”?

Records to move: %3.

After the merge “%1” is no longer listed on its own; its name is kept as an alias of “%2” (still recognised when importing and entering data). This cannot be undone (you can restore from a backup).</translation>
    </message>
    <message>
        <source>删除单位</source>
        <translation>Delete Unit</translation>
    </message>
    <message>
        <source>删除单位“%1”？</source>
        <translation>Delete the unit “%1”?</translation>
    </message>
    <message>
        <source>调整顺序</source>
        <translation>Reorder</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>修改督导检查</source>
        <translation>Edit Supervision Visit</translation>
    </message>
    <message>
        <source>登记督导检查</source>
        <translation>New Supervision Visit</translation>
    </message>
    <message>
        <source>督导方式：“{method}”——看资料、查工作、访干警群众，发现问题即提醒并明确整改时限。</source>
        <translation>Method: “{method}” — look at the records, check the work, visit officers and the public, and remind with a time limit for whatever is found.</translation>
    </message>
    <message>
        <source>督导日期：</source>
        <translation>Visited on:</translation>
    </message>
    <message>
        <source>督导单位：</source>
        <translation>Unit visited:</translation>
    </message>
    <message>
        <source>督导组：</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>一看：</source>
        <translation>Look:</translation>
    </message>
    <message>
        <source>二查：</source>
        <translation>Check:</translation>
    </message>
    <message>
        <source>三访：</source>
        <translation>Visit:</translation>
    </message>
    <message>
        <source>发现问题：</source>
        <translation>Findings:</translation>
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
<context>
    <name>parent</name>
    <message>
        <source>回复函</source>
        <translation>Reply Letter</translation>
    </message>
    <message>
        <source>这条意见建议的提出人是匿名、未留姓名或督导组、评查组，没有回复函的收件人。</source>
        <translation>This suggestion&apos;s submitter is anonymous, left no name, or is an inspection or case review team: the reply letter has no addressee.</translation>
    </message>
    <message>
        <source>寄给哪一位提出人？</source>
        <translation>Which submitter should it go to?</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
</context>
<context>
    <name>wizard</name>
    <message>
        <source>单位信息</source>
        <translation>Office Details</translation>
    </message>
    <message>
        <source>本县（市、区）和教整办的名称，印在通知、报告和台账的标题与落款上。可以先跳过，以后在“文件 → 设置…”中填写。</source>
        <translation>The names of the county (city, district) and of the Campaign Office, printed in the titles and signatures of notices, reports and ledgers. You can skip this now and fill it in later under “File → Settings…”.</translation>
    </message>
    <message>
        <source>文书落款与编号</source>
        <translation>Document Signature and Numbering</translation>
    </message>
    <message>
        <source>通知、报告和回复函末尾的发文机关署名，整改清单的编号前缀，以及通知上的联系人。</source>
        <translation>The issuing office signed at the end of notices, reports and reply letters, the number prefix of the rectification list, and the contact person on notices.</translation>
    </message>
    <message>
        <source>教育整顿阶段</source>
        <translation>Campaign Phases</translation>
    </message>
    <message>
        <source>学习教育、查纠整改、总结提升三个环节的起止日期：总览按阶段统计，学习活动按日期归入阶段。</source>
        <translation>Start and end dates of the three phases (Study, Investigation and Rectification, Review and Improvement): the Overview counts by phase, and study sessions fall into a phase by their date.</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>点“完成”保存。以后可在“文件 → 设置…”中修改，或再次运行本向导。</source>
        <translation>Click “Finish” to save. You can change this later under “File → Settings…”, or run this wizard again.</translation>
    </message>
</context>
</TS>
