<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionNames</name>
    <message>
        <location filename="../../core/inspection/CorrectiveAction.cpp" line="+94"/>
        <source>Open</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Inspection</source>
        <translation>巡检</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ActionRepository</name>
    <message>
        <location line="+18"/>
        <location line="+88"/>
        <source>A corrective action needs a description of what must change.</source>
        <translation>整改措施需要说明要改进什么。</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+88"/>
        <source>A corrective action needs a due date.</source>
        <translation>整改措施需要截止日期。</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>A done or verified action needs the time it was done.</source>
        <translation>已完成或已验证的整改措施需要完成时间。</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+50"/>
        <location line="+49"/>
        <location line="+30"/>
        <source>An action is verified by someone other than its owner.</source>
        <translation>整改措施须由负责人以外的人验证。</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>The corrective action no longer exists.</source>
        <translation>该整改措施已不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An action that is “%1” cannot become “%2”.</source>
        <translation>状态为“%1”的整改措施不能变为“%2”。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>An action cannot be verified before it was done.</source>
        <translation>整改措施不能在完成之前验证。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Say why the action is not accepted, so its owner knows what to do.</source>
        <translation>请说明不通过的原因，以便负责人知道如何处理。</translation>
    </message>
</context>
<context>
    <name>AttendanceImporter</name>
    <message>
        <location filename="../../core/team/AttendanceImporter.cpp" line="+82"/>
        <source>The workbook has no branch.</source>
        <translation>工作簿中没有网点。</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>expected a score from 0 to 100</source>
        <translation>应为 0 到 100 的成绩</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>a course code is required</source>
        <translation>课程代码必填</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a date such as 2026-03-10</source>
        <translation>应为日期，例如 2026-03-10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a staff code or name is required</source>
        <translation>需要工号或姓名</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected product_knowledge, fault_diagnosis, communication, safety, service_standards or systems (产品知识, 故障诊断, 沟通技巧, 安全, 服务规范, 系统操作)</source>
        <translation>应为 产品知识、故障诊断、沟通技巧、安全、服务规范 或 系统操作（product_knowledge、fault_diagnosis、communication、safety、service_standards、systems）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a number of hours, 0 or more</source>
        <translation>应为不小于 0 的学时数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this person appears twice for the same session</source>
        <translation>此人在同一场培训中出现了两次</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <location filename="../../core/storage/AuditChain.cpp" line="+52"/>
        <location line="+20"/>
        <location line="+49"/>
        <location line="+183"/>
        <source>The audit trail cannot be read.</source>
        <translation>无法读取审计记录。</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>#%1 (%2, %3, %4 %5)</source>
        <translation>#%1（%2，%3，%4 %5）</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+7"/>
        <location line="+47"/>
        <location line="+6"/>
        <source>The audit trail cannot be written.</source>
        <translation>无法写入审计记录。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This workbook&apos;s audit trail predates the hash chain; it is chained when the workbook is next opened for writing.</source>
        <translation>此工作簿的审计记录早于哈希链功能；下次以可写方式打开时会自动建立哈希链。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Audit record #%1 was removed outside ServiceLens (found a gap before record %2).</source>
        <translation>审计记录 #%1 在 ServiceLens 之外被删除（记录 %2 之前有缺口）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit records #%1 to #%2 were removed outside ServiceLens (found a gap before record %3).</source>
        <translation>审计记录 #%1 至 #%2 在 ServiceLens 之外被删除（记录 %3 之前有缺口）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Audit record %1 was altered outside ServiceLens: its content no longer matches its hash.</source>
        <translation>审计记录 %1 在 ServiceLens 之外被修改：其内容与哈希值不再一致。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The newest audit records (#%1 to #%2) were removed outside ServiceLens.</source>
        <translation>最新的审计记录（#%1 至 #%2）在 ServiceLens 之外被删除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit trail&apos;s head does not match its newest record #%1: records were removed or rewritten outside ServiceLens.</source>
        <translation>审计记录链头与最新记录 #%1 不一致：有记录在 ServiceLens 之外被删除或改写。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Audit record #%1 of the head %2 is no longer in the trail: the trail was cut or rewritten since that head was noted.</source>
        <translation>审计链头 %2 中的审计记录 #%1 已不在审计轨迹中：自记下该链头以来，审计轨迹被截断或改写过。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit record #%1 no longer has the hash of the head %2: the trail was rewritten since that head was noted.</source>
        <translation>审计记录 #%1 的哈希已与链头 %2 不符：自记下该链头以来，审计轨迹被改写过。</translation>
    </message>
</context>
<context>
    <name>AutomaticBackups</name>
    <message>
        <location filename="../../core/workbook/AutomaticBackups.cpp" line="+80"/>
        <source>The backup folder “%1” cannot be created.</source>
        <translation>无法创建备份文件夹“%1”。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The backup “%1” is damaged too; choose another.</source>
        <translation>备份“%1”也已损坏，请选择其他备份。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” cannot be moved aside.</source>
        <translation>无法将“%1”移到一旁。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup could not be put in place of “%1”.</source>
        <translation>无法用备份替换“%1”。</translation>
    </message>
</context>
<context>
    <name>BranchRepository</name>
    <message>
        <location filename="../../core/org/Branch.cpp" line="+50"/>
        <source>A branch needs a code.</source>
        <translation>网点需要编码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A branch needs a name.</source>
        <translation>网点需要名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a time zone; use an IANA name such as Asia/Shanghai.</source>
        <translation>“%1”不是时区，请使用 IANA 时区名称，例如 Asia/Shanghai。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A branch with the code “%1” already exists.</source>
        <translation>编码为“%1”的网点已存在。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The branch no longer exists.</source>
        <translation>该网点已不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time zone of branch %1 can only change together with its orders&apos; months.</source>
        <translation>网点 %1 的时区只能与其工单的月份一同更改。</translation>
    </message>
</context>
<context>
    <name>BranchTrendChart</name>
    <message>
        <location filename="../../ui/network/BranchTrendChart.cpp" line="+45"/>
        <source>%1, month by month: the network (choose branches in the table to draw theirs)</source>
        <translation>%1逐月走势：全网（在上表中选择网点即可绘出其走势）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, month by month</source>
        <translation>%1逐月走势</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Network</source>
        <translation>全网</translation>
    </message>
</context>
<context>
    <name>Breakdowns</name>
    <message>
        <location filename="../../core/equipment/Breakdowns.cpp" line="+104"/>
        <source>A breakdown cannot be recorded ahead of time.</source>
        <translation>不能提前登记故障。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+245"/>
        <source>This piece of equipment is no longer in the register.</source>
        <translation>这台设备已不在台账中。</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>%1 is retired: it cannot break down.</source>
        <translation>%1 已报废：不能登记故障。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already down: record its repair first.</source>
        <translation>%1 已处于故障状态：请先登记其修复。</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>This breakdown no longer exists.</source>
        <translation>该故障记录已不存在。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This breakdown is already repaired.</source>
        <translation>该故障已修复。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A piece cannot be repaired before it broke down.</source>
        <translation>修复时间不能早于故障时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A repair cannot be recorded ahead of time.</source>
        <translation>不能提前登记修复。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The order no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This breakdown is repaired: order %1 cannot wait for it.</source>
        <translation>该故障已修复：工单 %1 无需等待。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 is closed: it waits for nothing.</source>
        <translation>工单 %1 已关闭：无需等待。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 is another branch&apos;s.</source>
        <translation>工单 %1 属于其他网点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 already waits for this piece.</source>
        <translation>工单 %1 已在等待这台设备。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 cannot wait before it was received or before the piece broke down.</source>
        <translation>工单 %1 的等待不能早于受理时间或设备故障时间。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The order is not waiting for this piece.</source>
        <translation>该工单没有在等待这台设备。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A wait cannot end before it started.</source>
        <translation>等待的结束时间不能早于开始时间。</translation>
    </message>
</context>
<context>
    <name>Cadences</name>
    <message>
        <location filename="../../core/equipment/MaintenancePlan.cpp" line="+41"/>
        <source>Every N working days</source>
        <translation>每 N 个工作日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every N units of usage</source>
        <translation>每 N 个使用量单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A plan needs a name.</source>
        <translation>保养计划需要名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plan is for one piece of equipment or for a kind, not both.</source>
        <translation>保养计划针对一台设备或一类设备，不能两者兼有。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plan needs the day it starts.</source>
        <translation>保养计划需要开始日期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A plan of this cadence needs its period (every N) above 0.</source>
        <translation>这种周期类型的计划需要大于 0 的周期（每 N）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The day of the month is 1 to 31.</source>
        <translation>每月的日期为 1 到 31。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first month is 1 to 12.</source>
        <translation>起始月份为 1 到 12。</translation>
    </message>
</context>
<context>
    <name>CalendarImporter</name>
    <message>
        <location filename="../../core/flow/CalendarImporter.cpp" line="+42"/>
        <source>Official calendar of mainland China (State Council General Office)</source>
        <translation>中国大陆官方节假日安排（国务院办公厅）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The shipped calendar is damaged: %1</source>
        <translation>内置日历已损坏：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>expected a date such as 2027-01-01</source>
        <translation>应为日期，例如 2027-01-01</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this day appears earlier in the file</source>
        <translation>这一天在文件前面已经出现过</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected holiday (假日) or workday (调休上班)</source>
        <translation>应为 假日 或 调休上班（holiday、workday）</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <location filename="../../core/flow/CalendarRepository.cpp" line="+78"/>
        <source>The calendar day is not a valid date.</source>
        <translation>日历中的日期无效。</translation>
    </message>
</context>
<context>
    <name>CallbackWorkflow</name>
    <message>
        <location filename="../../core/survey/CallbackWorkflow.cpp" line="+56"/>
        <location line="+63"/>
        <source>The survey no longer exists.</source>
        <translation>该问卷已不存在。</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>The workbook has no survey “%1”.</source>
        <translation>工作簿中没有问卷“%1”。</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>This survey is already answered.</source>
        <translation>该回访已完成。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Say when to call back: a later time.</source>
        <translation>请填写再次回访的时间：须晚于现在。</translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message>
        <location filename="../../core/knowledge/CaseJson.cpp" line="+31"/>
        <source>item %1: expected text</source>
        <translation>第 %1 项：应为文字</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>expected &quot;%1&quot; (a case library exported by ServiceLens)</source>
        <translation>应为 &quot;%1&quot;（ServiceLens 导出的案例库）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>version %1 is newer than this ServiceLens reads (%2)</source>
        <translation>版本 %1 比本 ServiceLens 能读取的（%2）更新</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a case needs a title</source>
        <translation>案例必须有标题</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a tag cannot hold a comma: %1</source>
        <translation>标签不能包含逗号：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected draft, approved or retired</source>
        <translation>应为 draft、approved 或 retired（草稿、已批准、已停用）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a JPEG or PNG image in base64</source>
        <translation>应为 base64 编码的 JPEG 或 PNG 图片</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>CaseLibrary</name>
    <message>
        <location filename="../../core/knowledge/CaseLibrary.cpp" line="+123"/>
        <source>A case needs a title.</source>
        <translation>案例必须有标题。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A tag cannot hold a comma: %1</source>
        <translation>标签不能包含逗号：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+279"/>
        <source>The case no longer exists.</source>
        <translation>该案例已不存在。</translation>
    </message>
</context>
<context>
    <name>CaseWords</name>
    <message>
        <location filename="../../ui/knowledge/CaseWords.h" line="+19"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/CommandSupport.cpp" line="+68"/>
        <source>“%1” is damaged; nothing was written from it. Restore it from a backup (servicelens check tells more).</source>
        <translation>“%1”已损坏；未从中写出任何内容。请从备份恢复（servicelens check 可查看详情）。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Run “servicelens --help” for the commands.</source>
        <translation>运行“servicelens --help”查看可用命令。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “servicelens %1 --help” for the options.</source>
        <translation>运行“servicelens %1 --help”查看选项。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is a store on a PostgreSQL server; %2 works on a workbook file. A store is checked and backed up with the server&apos;s own tools (pg_amcheck, pg_dump).</source>
        <translation>“%1”是 PostgreSQL 服务器上的总部数据库；%2 只用于工作簿文件。总部数据库用服务器自己的工具（pg_amcheck、pg_dump）检查和备份。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../app/ImportCommand.cpp" line="+87"/>
        <location filename="../../app/InspectionCommand.cpp" line="+137"/>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unexpected argument “%1”.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The workbook file.</source>
        <translation>工作簿文件。</translation>
    </message>
    <message>
        <location filename="../../app/BackupCommand.cpp" line="+24"/>
        <location filename="../../app/CasesCommand.cpp" line="+103"/>
        <location line="+2"/>
        <location filename="../../app/CommandLine.cpp" line="+112"/>
        <location filename="../../app/CommandSupport.cpp" line="+1"/>
        <location filename="../../app/DefectsCommand.cpp" line="+124"/>
        <location filename="../../app/ImportCommand.cpp" line="-32"/>
        <location line="+10"/>
        <location filename="../../app/IncidentCommand.cpp" line="+119"/>
        <location filename="../../app/InspectionCommand.cpp" line="-15"/>
        <location line="+2"/>
        <location filename="../../app/NetworkCommands.cpp" line="+95"/>
        <location line="+59"/>
        <location filename="../../app/ReportCommand.cpp" line="+26"/>
        <location filename="../../app/ReviewCommand.cpp" line="+94"/>
        <location filename="../../app/TrainingCopyCommand.cpp" line="+22"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/InitCommand.cpp" line="+24"/>
        <source>Fill the new workbook with a year of demo data.</source>
        <translation>在新工作簿中填入一年的演示数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the demo data (same seed, same data).</source>
        <translation>演示数据的随机种子（种子相同，数据相同）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of demo orders (default 20000).</source>
        <translation>演示工单数量（默认 20000）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code of the first branch (default SH01).</source>
        <translation>第一个网点的编码（默认 SH01）。</translation>
    </message>
    <message>
        <location filename="../../app/CommandSupport.cpp" line="+19"/>
        <location filename="../../app/ImportCommand.cpp" line="-6"/>
        <location line="+12"/>
        <location filename="../../app/InitCommand.cpp" line="+1"/>
        <location filename="../../app/InspectionCommand.cpp" line="+3"/>
        <source>CODE</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../app/InitCommand.cpp" line="+2"/>
        <source>Name of the first branch.</source>
        <translation>第一个网点的名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IANA time zone of the first branch (default Asia/Shanghai).</source>
        <translation>第一个网点的 IANA 时区（默认 Asia/Shanghai）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a head office&apos;s store: no branch of its own, packs merged in.</source>
        <translation>新建总部库：本身不含网点，各网点的数据包合并进来。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a new workbook.</source>
        <translation>新建工作簿。</translation>
    </message>
    <message>
        <location filename="../../app/CheckCommand.cpp" line="+36"/>
        <location filename="../../app/InitCommand.cpp" line="+3"/>
        <source>--db FILE is required.</source>
        <translation>必须指定 --db 文件。</translation>
    </message>
    <message>
        <location filename="../../app/InitCommand.cpp" line="+3"/>
        <source>--seed and --orders need --demo.</source>
        <translation>--seed 和 --orders 需要与 --demo 一起使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a time zone; use an IANA name such as Asia/Shanghai.</source>
        <translation>“%1”不是时区，请使用 IANA 时区名称，例如 Asia/Shanghai。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--head-office takes no --demo or branch: the branches arrive with their packs.</source>
        <translation>--head-office 不能与 --demo 或网点选项同用：网点随各自的数据包到来。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created head office store %1; merge the branches&apos; packs into it with servicelens merge.</source>
        <translation>已新建总部库 %1；用 servicelens merge 把各网点的数据包合并进来。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Created %1 with branch %2.</source>
        <translation>已创建 %1，网点 %2。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--seed must be a whole number.</source>
        <translation>--seed 必须是整数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--orders must be a whole number from 1 to %1.</source>
        <translation>--orders 必须是 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generating demo orders: %1 %</source>
        <translation>正在生成演示工单：%1 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created demo workbook %1: branch %2, %3 staff, %4 orders (seed %5).</source>
        <translation>已创建演示工作簿 %1：网点 %2，员工 %3 人，工单 %4 张（种子 %5）。</translation>
    </message>
    <message>
        <location filename="../../app/CheckCommand.cpp" line="-10"/>
        <source>An audit head noted earlier (ID:HASH, as check, a report or backup prints it) or a backup file: proves the trail up to it was not rewritten since.</source>
        <translation>先前记下的审计链头（ID:哈希，由 check、报表或备份打印）或一个备份文件：证明截至该处的审计轨迹此后未被改写。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HEAD|FILE</source>
        <translation>链头|文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verify a workbook without changing it.</source>
        <translation>校验工作簿，不做任何修改。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 has no intact audit trail to compare with.</source>
        <translation>%1 没有完好的审计轨迹可供比对。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is neither a file nor an audit head such as 20412:3fa8c2d1e0b94f7a.</source>
        <translation>“%1”既不是文件，也不是形如 20412:3fa8c2d1e0b94f7a 的审计链头。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking: %1 %</source>
        <translation>正在检查：%1 %</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: workbook format %2, integrity ok, references ok.</source>
        <translation>%1：工作簿格式 %2，完整性正常，引用关系正常。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Audit trail: %n record(s), hash chain intact.</source>
        <translation>
            <numerusform>审计记录：%n 条，哈希链完整。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit head: %1 (note it, or keep a backup: “check --against” proves later that the trail up to here was not rewritten).</source>
        <translation>审计链头：%1（请记下它或保留备份：日后用“check --against”可证明截至此处的审计轨迹未被改写）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The trail still holds the earlier head %1:%2 unchanged.</source>
        <translation>审计轨迹仍完整保留先前的链头 %1:%2，未被改动。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Inspections: %n completed, every seal matches its content.</source>
        <translation>
            <numerusform>巡检：已完成 %n 次，每个封存码均与内容一致。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/BackupCommand.cpp" line="-1"/>
        <source>The backup file to write.</source>
        <translation>要写入的备份文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy a workbook safely, even while it is open.</source>
        <translation>安全地复制工作簿，即使它正被打开使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/InspectionCommand.cpp" line="+33"/>
        <location filename="../../app/NetworkCommands.cpp" line="-47"/>
        <location filename="../../app/TrainingCopyCommand.cpp" line="+9"/>
        <source>--db FILE and --out FILE are required.</source>
        <translation>必须指定 --db 文件和 --out 文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup cannot replace the workbook itself.</source>
        <translation>备份不能覆盖工作簿本身。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 已存在，请换一个文件名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backed up %1 to %2.</source>
        <translation>已将 %1 备份到 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit head: %1</source>
        <translation>审计链头：%1</translation>
    </message>
    <message>
        <location filename="../../app/KpiCommand.cpp" line="+62"/>
        <source> (no %1 in the imported files)</source>
        <translation>（导入的文件中没有 %1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All branches, %1</source>
        <translation>全部网点，%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch %1, %2</source>
        <translation>网点 %1，%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service orders</source>
        <translation>服务工单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median dwell per stage (hours)</source>
        <translation>各环节停留时间中位数（小时）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← bottleneck</source>
        <translation>← 瓶颈</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Technicians</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>工号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/NetworkCommands.cpp" line="-60"/>
        <source>closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wd mean</source>
        <translation>平均工作日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FTF</source>
        <translation>一次修复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../../app/ReportCommand.cpp" line="+36"/>
        <source>--branch and --all-branches exclude each other.</source>
        <translation>--branch 与 --all-branches 不能同时使用。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>provisional: the data of %1 does not reach the end of %2 yet; these figures may change when their packs come.</source>
        <translation>暂定：%1 的数据尚未覆盖到 %2 月底，收到其数据包后这些数字可能变化。</translation>
    </message>
    <message>
        <location filename="../../app/TrainingCopyCommand.cpp" line="-10"/>
        <source>The copy to write.</source>
        <translation>要写入的副本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a copy of the workbook for training, with customers&apos; names and phone numbers pseudonymised.</source>
        <translation>生成供培训使用的工作簿副本，客户姓名和电话号码以化名代替。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” already exists; choose a new file.</source>
        <translation>“%1”已存在；请选择一个新文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote %1: customers&apos; names and phone numbers pseudonymised.</source>
        <translation>已写入 %1：客户姓名和电话号码已替换为化名。</translation>
    </message>
    <message>
        <location filename="../../app/CommandSupport.cpp" line="-8"/>
        <source>The month, as YYYY-MM.</source>
        <translation>月份，格式 YYYY-MM。</translation>
    </message>
    <message>
        <location filename="../../app/CheckCommand.cpp" line="-28"/>
        <source>%1 did not pass the check:</source>
        <translation>%1 未通过检查：</translation>
    </message>
    <message>
        <location filename="../../app/CommandSupport.cpp" line="+7"/>
        <source>The branch code (default: the first branch).</source>
        <translation>网点编码（默认：第一个网点）。</translation>
    </message>
    <message>
        <location filename="../../app/KpiCommand.cpp" line="-37"/>
        <source>Print the JSON of KPI.md.</source>
        <translation>按 KPI.md 的格式输出 JSON。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every branch of the store together: ratios of sums over all their orders, each branch&apos;s month in its own time zone.</source>
        <translation>库中全部网点合计：按全部工单求和后再求比率，各网点的月份按其所在时区计算。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print a month&apos;s KPIs.</source>
        <translation>输出某月的各项指标。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--db FILE and --month YYYY-MM are required.</source>
        <translation>必须指定 --db 文件和 --month YYYY-MM。</translation>
    </message>
    <message>
        <location filename="../../app/CommandSupport.cpp" line="+9"/>
        <source>“%1” is not a month; write it as YYYY-MM, e.g. 2026-10.</source>
        <translation>“%1”不是月份，请写成 YYYY-MM，例如 2026-10。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The workbook has no branch “%1”.</source>
        <translation>工作簿中没有网点“%1”。</translation>
    </message>
    <message>
        <location filename="../../app/KpiCommand.cpp" line="+42"/>
        <source>warning: the working-day calendar does not cover %1; working days count Monday to Friday only.</source>
        <translation>警告：工作日日历未包含 %1 年，工作日仅按周一至周五计算。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ImportCommand.cpp" line="-39"/>
        <source>%n people named in the file are not in the staff list; add them (import staff), or run again with --create-staff:</source>
        <translation>
            <numerusform>文件中有 %n 人不在员工名单中；请先添加（导入员工），或加上 --create-staff 重新运行：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Added to the staff list (complete them on the Staff tab):</source>
        <translation>已加入员工名单（请在“员工”页补全信息）：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The CSV file to import.</source>
        <translation>要导入的 CSV 文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The branch of rows without one (default: the first branch).</source>
        <translation>未注明网点的行所属的网点（默认：第一个网点）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>auto (default), utf-8 or gb18030.</source>
        <translation>auto（默认）、utf-8 或 gb18030。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file mapping other headers and values.</source>
        <translation>映射其他表头和取值的文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the good rows; write the others to &lt;input&gt;.rejected.csv.</source>
        <translation>导入正确的行，其余的行写入 &lt;输入文件&gt;.rejected.csv。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The survey of the responses.</source>
        <translation>回复所属的问卷。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the people the file names who are not in the staff list.</source>
        <translation>将文件中出现但不在员工名单中的人员加入名单。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import a CSV file into a workbook.</source>
        <translation>把 CSV 文件导入工作簿。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unexpected argument “%1”; give the CSV file with --in FILE.</source>
        <translation>多余的参数“%1”；请用 --in FILE 指定 CSV 文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say what to import: %1.</source>
        <translation>请说明要导入什么：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/InspectionCommand.cpp" line="-1"/>
        <source>--db FILE and --in FILE are required.</source>
        <translation>必须指定 --db 文件和 --in 文件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” cannot be imported; say one of %2.</source>
        <translation>无法导入“%1”；请选择 %2 之一。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Unknown encoding “%1”; use auto, utf-8 or gb18030.</source>
        <translation>未知编码“%1”；请使用 auto、utf-8 或 gb18030。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Importing: %1 %</source>
        <translation>正在导入：%1 %</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>… and %1 more.</source>
        <translation>……另有 %1 条。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../../app/KpiCommand.cpp" line="-72"/>
        <source>Inspections</source>
        <translation>巡检</translation>
    </message>
    <message>
        <location filename="../../app/ImportCommand.cpp" line="+15"/>
        <location line="+15"/>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>%n row(s) read, %1 inserted, %2 updated, %3 unchanged, %4 rejected in %5 s (%6).</source>
        <translation>
            <numerusform>读取 %n 行，新增 %1，更新 %2，未变 %3，拒绝 %4，用时 %5 秒（%6）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rejected rows and their reasons: %1</source>
        <translation>被拒绝的行及原因：%1</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="-26"/>
        <source>ServiceLens: after-sales service centre operations.

Without a command it opens the window. Commands (run headless):
  init      create a workbook, optionally with demo data
  check     verify a workbook without changing it
  backup    copy a workbook safely
  kpi       print a month&apos;s KPIs (--json for the JSON of KPI.md)
  import    import a CSV or Excel file: orders, events, surveys, staff, calendar, training, SLA policies, products, fault codes, installed base, review forms
  inspection  share inspection templates and completed inspections (JSON)
  report    write a month&apos;s service report (PDF, XLSX or CSV)
  survey themes  what the survey comments of a period talk about
  export-training-copy  a copy with customers&apos; names and phones pseudonymised
  pack      write what a branch changed since its last pack, for head office
  merge     merge branches&apos; packs into a head office&apos;s store
  network   every branch&apos;s month side by side, funnel limits, freshness
  products  product models and categories: orders each, texts to map
  defects   defect trends per product model, with control limits and signals
  cases     the case library: import, export (JSON), search
  equipment  the equipment register: import, what is due
  incident  incidents: the list, a situation report (PDF)
  review    a 360-degree review cycle&apos;s results

Exit status: 0 done, 1 other failure, 2 wrong usage, 3 invalid input data, 4 database problem.</source>
        <translation>ServiceLens：售后服务中心运营。

不带命令时打开窗口。命令（无窗口运行）：
  init      新建工作簿，可带演示数据
  check     校验工作簿，不做任何修改
  backup    安全地复制工作簿
  kpi       输出某月的指标（--json 输出 KPI.md 的 JSON）
  import    导入 CSV 或 Excel 文件：工单、事件、回访、人员、日历、培训、SLA 时限、产品、故障代码、保有量、评估问卷
  inspection  共享巡检模板和已完成的巡检（JSON）
  report    生成某月的服务报告（PDF、XLSX 或 CSV）
  survey themes  某段时间回访评论说了些什么
  export-training-copy  客户姓名和电话已化名的副本
  pack      写出网点自上次数据包以来的改动，交给总部
  merge     把网点的数据包合并进总部的库
  network   各网点当月数据并列、漏斗图界限、数据新旧
  products  产品型号和品类：各自的工单数、待对应的写法
  defects   按产品型号的缺陷趋势，含控制限和信号
  cases     案例库：导入、导出（JSON）、搜索
  equipment  设备台账：导入、到期事项
  incident  突发事件：列表、情况报告（PDF）
  review    360度评估周期的结果

退出状态：0 完成，1 其他失败，2 用法错误，3 输入数据无效，4 数据库问题。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open this workbook in the window.</source>
        <translation>在主窗口中打开此工作簿。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the demo workbook in the window, creating it if needed.</source>
        <translation>在主窗口中打开演示工作簿（如不存在则先创建）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown command “%1”. Commands: %2.</source>
        <translation>未知命令“%1”。可用命令：%2。</translation>
    </message>
    <message>
        <location filename="../../app/InspectionCommand.cpp" line="-118"/>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>saved as a new version (the earlier one is in use)</source>
        <translation>已另存为新版本（旧版本已被使用）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>updated (no inspection used it yet)</source>
        <translation>已更新（尚无巡检使用）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already present, unchanged</source>
        <translation>已存在，未改变</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template %1 version %2: %3.</source>
        <translation>模板 %1 第 %2 版：%3。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Say which template with --code: %1.</source>
        <translation>请用 --code 指定模板：%1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The workbook has no template “%1”.</source>
        <translation>工作簿中没有模板“%1”。</translation>
    </message>
    <message>
        <location filename="../../app/CasesCommand.cpp" line="-71"/>
        <source>Cases: %1 added, %2 updated (a new version each), %3 unchanged.</source>
        <translation>案例：新增 %1 个，更新 %2 个（各成为新版本），未变 %3 个。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No case holds every word of “%1”.</source>
        <translation>没有案例包含“%1”中的每个词。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(draft)</source>
        <translation>（草稿）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../app/InspectionCommand.cpp" line="+34"/>
        <source>The JSON file to read.</source>
        <translation>要读取的 JSON 文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/InspectionCommand.cpp" line="+3"/>
        <source>The JSON file to write.</source>
        <translation>要写入的 JSON 文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>search: the words to find (Chinese or English; every one must be in the case).</source>
        <translation>search：要查找的词（中文或英文；案例须包含每个词）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>search: print JSON (docs/formats.md).</source>
        <translation>search：输出 JSON（docs/formats.md）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say import, export or search.</source>
        <translation>请指明 import、export 或 search。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case library: import (JSON), export (JSON) or search it: servicelens cases import|export|search --db …</source>
        <translation>案例库：导入（JSON）、导出（JSON）或搜索：servicelens cases import|export|search --db …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--in FILE.json is required.</source>
        <translation>必须给出 --in FILE.json。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--out FILE.json is required.</source>
        <translation>必须给出 --out FILE.json。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--query TEXT is required.</source>
        <translation>必须给出 --query TEXT。</translation>
    </message>
    <message>
        <location filename="../../app/InspectionCommand.cpp" line="+2"/>
        <source>export-template: the template&apos;s code.</source>
        <translation>export-template：模板代码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: one inspection&apos;s id (default: every completed inspection, as a list).</source>
        <translation>export：某次巡检的 ID（默认：所有已完成的巡检，以列表输出）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share inspection templates and completed inspections as JSON.</source>
        <translation>以 JSON 共享巡检模板和已完成的巡检。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import-template, export-template, import or export</source>
        <translation>import-template、export-template、import 或 export</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say import-template, export-template, import or export.</source>
        <translation>请指明 import-template、export-template、import 或 export。</translation>
    </message>
    <message>
        <location filename="../../app/ReportCommand.cpp" line="-39"/>
        <source>pdf, xlsx or csv.</source>
        <translation>pdf、xlsx 或 csv。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <location filename="../../app/CommandSupport.cpp" line="-49"/>
        <source>en (default) or zh_CN.</source>
        <translation>en（默认）或 zh_CN。</translation>
    </message>
    <message>
        <location filename="../../app/ReportCommand.cpp" line="+4"/>
        <source>Write customers&apos; phone numbers in full (masked by default).</source>
        <translation>完整写出客户电话号码（默认打码）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network&apos;s report: every branch together, the branches side by side and a page per branch.</source>
        <translation>全网报告：全部网点合计、各网点并列对比，并为每个网点附一页。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the monthly service report.</source>
        <translation>生成月度服务报告。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--db FILE, --month YYYY-MM, --format and --out FILE are required.</source>
        <translation>必须提供 --db 文件、--month YYYY-MM、--format 和 --out 文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown format “%1”; use pdf, xlsx or csv.</source>
        <translation>未知格式“%1”；请使用 pdf、xlsx 或 csv。</translation>
    </message>
    <message>
        <location filename="../../app/CommandSupport.cpp" line="-75"/>
        <source>Unknown language “%1”; use en or zh_CN.</source>
        <translation>未知语言“%1”；请使用 en 或 zh_CN。</translation>
    </message>
    <message>
        <location filename="../../app/SurveyCommand.cpp" line="+24"/>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The first month.</source>
        <translation>起始月份。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last month (included).</source>
        <translation>结束月份（含）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON (FORMATS.md) instead of a table.</source>
        <translation>输出 JSON（FORMATS.md）而不是表格。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say themes: servicelens survey themes --db FILE --from YYYY-MM --to YYYY-MM.</source>
        <translation>请写明 themes：servicelens survey themes --db 文件 --from YYYY-MM --to YYYY-MM。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the survey comments of a period talk about: words and phrases, by the comments using them.</source>
        <translation>某段时间的满意度调查意见在说什么：词语和短语，按提到它们的意见条数排列。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--db FILE, --from YYYY-MM and --to YYYY-MM are required.</source>
        <translation>必须给出 --db 文件、--from YYYY-MM 和 --to YYYY-MM。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--to comes before --from.</source>
        <translation>--to 早于 --from。</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>Themes of %1 to %2: %n response(s)</source>
        <translation>
            <numerusform>%1 至 %2 的意见主题：%n 份回复</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, %1 with a comment</source>
        <translation>，其中 %1 份有意见</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n 条意见</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 % detractors</source>
        <translation>贬损者占 %1 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  (no comments in these months)</source>
        <translation>  （这些月份没有意见）</translation>
    </message>
    <message>
        <location filename="../../app/NetworkCommands.cpp" line="-8"/>
        <source>Network, %1</source>
        <translation>网点总览，%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(provisional: not every branch&apos;s data reaches the month&apos;s end)</source>
        <translation>（暂定：并非所有网点的数据都已覆盖到月底）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data until</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no pack</source>
        <translation>无数据包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▲/▼: beyond the 99.8 % funnel limit around the network&apos;s rate for that many orders; inside it a difference is not called one.</source>
        <translation>▲/▼：超出按该工单量计算的全网比率 99.8 % 漏斗控制限；在控制限以内的差异不视为差异。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The pack to write (FILE.slpack).</source>
        <translation>要写出的数据包（FILE.slpack）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pack the whole history, not only what changed since the last pack.</source>
        <translation>打包全部历史，而不只是自上次打包以来的变更。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write what this branch changed since its last pack, for head office.</source>
        <translation>为总部打包本网点自上次打包以来的变更。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A head office&apos;s pack is for every branch: no --branch.</source>
        <translation>总部的数据包面向所有网点：不能指定 --branch。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote head office&apos;s pack %1 (number %2) for the branches: templates, surveys, courses, calendar, SLA policies, targets.</source>
        <translation>已为各网点写出总部数据包 %1（第 %2 个）：巡检模板、问卷、课程、日历、服务时限政策、目标。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Merge branches&apos; packs into a head office&apos;s store, or head office&apos;s pack into a branch&apos;s workbook (merging a pack again changes nothing).</source>
        <translation>把各网点的数据包合并到总部库，或把总部的数据包合并到网点工作簿（同一数据包再次合并不会改变任何数据）。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Wrote pack %1 of branch %2 (number %3, %4 rows, changes since %5).</source>
        <translation>已写出网点 %2 的数据包 %1（第 %3 个，%4 行，自 %5 以来的变更）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the beginning</source>
        <translation>最初</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A pack to merge; repeat for several.</source>
        <translation>要合并的数据包；多个时重复此选项。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--db STORE and --in FILE are required.</source>
        <translation>必须指定 --db STORE 和 --in FILE。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is a branch&apos;s workbook; merge packs into a head office&apos;s store (servicelens init --db FILE --head-office).</source>
        <translation>%1 是网点工作簿；数据包应合并到总部库（servicelens init --db FILE --head-office）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is head office&apos;s own pack, for its branches.</source>
        <translation>%1 是总部自己的数据包，应发给各网点。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Print JSON (FORMATS.md, network).</source>
        <translation>输出 JSON（FORMATS.md 中的 network）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every branch&apos;s month side by side with the network, funnel limits and how current each branch&apos;s data is.</source>
        <translation>各网点当月指标与全网并列，附漏斗控制限和各网点数据的时效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--db STORE and --month YYYY-MM are required.</source>
        <translation>必须指定 --db STORE 和 --month YYYY-MM。</translation>
    </message>
    <message>
        <location filename="../../app/ProductsCommand.cpp" line="+27"/>
        <source>%1 orders: %2 with a listed model (%3 %), %4 without a product text; %5 with a listed category (%6 %).</source>
        <translation>%1 张工单：%2 张对应到清单中的型号（%3 %），%4 张没有产品信息；%5 张对应到清单中的品类（%6 %）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+15"/>
        <source>orders</source>
        <translation>工单数</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>branches</source>
        <translation>网点数</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <location filename="../../app/DefectsCommand.cpp" line="-93"/>
        <location filename="../../app/ProductsCommand.cpp" line="+1"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>chart</source>
        <translation>图类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repairs</source>
        <translation>维修数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>units in the field</source>
        <translation>保有量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>centre</source>
        <translation>中心线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upper limit</source>
        <translation>上控制限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>signals</source>
        <translation>信号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fault codes</source>
        <translation>故障代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no listed model had a repair in the last 13 months</source>
        <translation>近 13 个月清单中没有任何型号有维修</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no code×%1</source>
        <translation>无代码×%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per 1,000 units</source>
        <translation>每千台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of %1</source>
        <translation>占%1的比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all repairs</source>
        <translation>全部维修</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--json and --out exclude each other.</source>
        <translation>--json 与 --out 不能同时使用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown format “%1”; use pdf or xlsx.</source>
        <translation>未知格式“%1”；请用 pdf 或 xlsx。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 written; models reported: %2.</source>
        <translation>已写入 %1；报告的型号数：%2。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print JSON (docs/formats.md, defects).</source>
        <translation>输出 JSON（docs/formats.md，defects）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --out: the R&amp;D feedback report as pdf (default) or xlsx.</source>
        <translation>与 --out 一起使用：研发反馈报告的格式，pdf（默认）或 xlsx。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the R&amp;D feedback report (the signalled models, or those of --model) to this file.</source>
        <translation>把研发反馈报告（发出信号的型号，或 --model 指定的型号）写入此文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --out: report on this model (repeatable) instead of the signalled ones.</source>
        <translation>与 --out 一起使用：报告这个型号（可重复），而不是发出信号的型号。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Defect trends per product model for R&amp;D: the month&apos;s repairs, their rate against the twelve months before with control limits, signals, and the fault codes.</source>
        <translation>按产品型号给研发的缺陷趋势：当月维修数、与前十二个月相比的比率及控制限、信号和故障代码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--month YYYY-MM is required.</source>
        <translation>必须给出 --month YYYY-MM。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format, --model and --lang go with --out FILE.</source>
        <translation>--format、--model 和 --lang 须与 --out FILE 一起使用。</translation>
    </message>
    <message>
        <location filename="../../app/ProductsCommand.cpp" line="+2"/>
        <source>Not in the lists (map them: aliases in the products file, or Settings ▸ Products and Categories in the window)</source>
        <translation>不在清单中（在产品文件的别名列中对应，或在窗口的 设置 ▸ 产品与品类 中对应）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>写法</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>品类</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>names several models: %1</source>
        <translation>写到了多个型号：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print JSON (docs/formats.md, products).</source>
        <translation>输出 JSON（docs/formats.md，products）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Head office&apos;s product models and categories, the orders each has across the branches, and the product and category texts that match none.</source>
        <translation>总部的产品型号和品类、各自在各网点的工单数，以及对应不上任何条目的产品和品类写法。</translation>
    </message>
    <message>
        <location filename="../../app/CasesCommand.cpp" line="-14"/>
        <location filename="../../app/DefectsCommand.cpp" line="-9"/>
        <location filename="../../app/EquipmentCommand.cpp" line="+100"/>
        <location filename="../../app/IncidentCommand.cpp" line="+10"/>
        <location filename="../../app/ProductsCommand.cpp" line="+6"/>
        <source>--db STORE is required.</source>
        <translation>必须给出 --db STORE。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/EquipmentCommand.cpp" line="-73"/>
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing is due by %1 or within the week after.</source>
        <translation>截至 %1 及其后一周内没有到期的保养。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Say import or due.</source>
        <translation>请指定 import 或 due。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>due: the day to list for (default: today).</source>
        <translation>due：列出到期项目的日期（默认今天）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due: print JSON (docs/formats.md).</source>
        <translation>due：输出 JSON（见 docs/formats.md）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Equipment: import its register, plans or records (CSV), or list the maintenance due: servicelens equipment import|due --db …</source>
        <translation>设备：导入台账、保养计划或保养记录（CSV），或列出到期保养：servicelens equipment import|due --db …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--date wants a day such as 2026-10-09, not “%1”.</source>
        <translation>--date 需要如 2026-10-09 的日期，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../../app/IncidentCommand.cpp" line="-82"/>
        <source>closed %1</source>
        <translation>已于 %1 关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The branch has no incident.</source>
        <translation>该网点没有事件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The branch has no incident “%1”.</source>
        <translation>该网点没有事件“%1”。</translation>
    </message>
    <message>
        <location filename="../../app/CommandSupport.cpp" line="-8"/>
        <source>%1 written.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location filename="../../app/IncidentCommand.cpp" line="+16"/>
        <source>Say list or report.</source>
        <translation>请指明 list 或 report。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list: print JSON (docs/formats.md).</source>
        <translation>list：输出 JSON（docs/formats.md）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report: the incident&apos;s code (2026-001).</source>
        <translation>report：事件编号（如 2026-001）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/ReviewCommand.cpp" line="-1"/>
        <source>report: the PDF to write.</source>
        <translation>report：要写入的 PDF 文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incidents: list a branch&apos;s incidents, or write an incident&apos;s situation report: servicelens incident list|report --db …</source>
        <translation>事件：列出网点的事件，或生成事件的情况通报：servicelens incident list|report --db …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>report needs --incident CODE and --out FILE.</source>
        <translation>report 需要 --incident 编号 和 --out 文件。</translation>
    </message>
    <message>
        <location filename="../../app/ReviewCommand.cpp" line="-48"/>
        <source>hidden: fewer than three answers</source>
        <translation>不显示：少于三份回答</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>others − self</source>
        <translation>他评 − 自评</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The workbook has no person “%1”.</source>
        <translation>工作簿中没有人员“%1”。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Say results or report.</source>
        <translation>请指明 results 或 report。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>results: print JSON (docs/formats.md).</source>
        <translation>results：输出 JSON（见 docs/formats.md）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report: the person&apos;s staff code.</source>
        <translation>report：被评人的工号。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>360-degree reviews: servicelens review results --db STORE --cycle CODE [--json], or review report --db STORE --cycle CODE --person CODE --out FILE.pdf [--lang en|zh_CN]</source>
        <translation>360度评估：servicelens review results --db STORE --cycle CODE [--json]，或 review report --db STORE --cycle CODE --person CODE --out FILE.pdf [--lang en|zh_CN]</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The review cycle&apos;s code (2026H1).</source>
        <translation>评估周期的编号（如 2026H1）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--db STORE and --cycle CODE are required.</source>
        <translation>需要 --db STORE 和 --cycle CODE。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>report needs --person CODE and --out FILE.</source>
        <translation>report 需要 --person CODE 和 --out FILE。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The branch has no review cycle “%1”.</source>
        <translation>该网点没有评估周期“%1”。</translation>
    </message>
</context>
<context>
    <name>CompletionSummary</name>
    <message>
        <location filename="../../ui/inspection/CompletionSummary.cpp" line="+18"/>
        <source>Score %1 of 100: passed (pass mark %2).</source>
        <translation>得分 %1（满分 100）：合格（合格线 %2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score %1 of 100: not passed (pass mark %2).</source>
        <translation>得分 %1（满分 100）：不合格（合格线 %2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No scored item has an answer: the inspection has no score.</source>
        <translation>没有任何计分项目已作答：本次巡检没有得分。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n item(s) failed.</source>
        <translation>
            <numerusform>%n 个项目不合格。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Critical items failed: %1.</source>
        <translation>关键项目不合格：%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n scored item(s) have no answer; they will not count in the score.</source>
        <translation>
            <numerusform>%n 个计分项目未作答，不计入得分。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once completed, the inspection is locked: an answer changes only through an amendment with its reason. Complete it now?</source>
        <translation>完成后巡检即锁定：答案只能通过注明原因的修订来更改。现在完成吗？</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <location filename="../../core/io/CsvFile.cpp" line="+22"/>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is a folder; give the CSV file to import.</source>
        <translation>“%1”是文件夹；请指定要导入的 CSV 文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not an ordinary file (a pipe or a device); save the data to a file and import that.</source>
        <translation>“%1”不是普通文件（是管道或设备）；请先把数据保存为文件再导入。</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>“%1” is an Excel 97–2003 workbook (.xls) or a password-protected one, which cannot be read: save it as .xlsx (without a password) or as CSV.</source>
        <translation>“%1”是 Excel 97–2003 工作簿（.xls）或设有密码的工作簿，无法读取：请另存为 .xlsx（不设密码）或 CSV。</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+28"/>
        <source>This system cannot decode %1 text.</source>
        <translation>本系统无法解码 %1 文本。</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+60"/>
        <source>Line %1: the text is not valid UTF-8; choose the file&apos;s encoding.</source>
        <translation>第 %1 行：文本不是有效的 UTF-8；请选择文件的编码。</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Line %1: the text is neither valid UTF-8 nor valid GB18030; choose the file&apos;s encoding.</source>
        <translation>第 %1 行：文本既不是有效的 UTF-8，也不是有效的 GB18030；请选择文件的编码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: the text is not valid %2; choose the file&apos;s encoding.</source>
        <translation>第 %1 行：文本不是有效的 %2；请选择文件的编码。</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../../core/io/CsvImport.cpp" line="+421"/>
        <source>“%1” is empty: a header row is required.</source>
        <translation>“%1”是空文件：需要表头行。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Line 1: the columns “%1” (column %2) and “%3” (column %4) are both %5; keep one, or map the other to something else.</source>
        <translation>第 1 行：列“%1”（第 %2 列）和“%3”（第 %4 列）都对应 %5；请只保留一列，或把另一列映射到其他字段。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Column “%1” is not one ServiceLens knows; it was ignored.</source>
        <translation>列“%1”不是 ServiceLens 能识别的列，已忽略。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Column “%1” could also be %2, but “%3” is taken for it; map it to choose otherwise. It was ignored.</source>
        <translation>列“%1”也可能是 %2，但已采用“%3”；如需改用，请在列对应中指定。此列已忽略。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line 1: the required column “%1” (%2) is missing.</source>
        <translation>第 1 行：缺少必需的列“%1”（%2）。</translation>
    </message>
    <message>
        <location line="-512"/>
        <location line="+309"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="-314"/>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1, column “%2”: “%3”: %4</source>
        <translation>第 %1 行，“%2”列：“%3”：%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1, column “%2”: “%3”: %4</source>
        <translation>第 %1 行，“%2”列：“%3”：%4</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1, line(s) %2</source>
        <translation>
            <numerusform>%1，第 %2 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> … %n rows in all</source>
        <translation>
            <numerusform> … 共 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <comment>a person (where the file names them)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n row(s) of “%1” have problems; nothing was imported.</source>
        <translation>
            <numerusform>“%1”中有 %n 行存在问题；未导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>… and %1 more problems.</source>
        <translation>……另有 %1 个问题。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mapping file “%1” cannot be read: %2</source>
        <translation>无法读取映射文件“%1”：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mapping file, line %1: expected “source header=column”.</source>
        <translation>映射文件第 %1 行：应为“源列名=列”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mapping file, line %1: two-digit years (yy) are refused, as 26 could be 1926 or 2026; write the dates with yyyy.</source>
        <translation>映射文件第 %1 行：不接受两位年份（yy），因为 26 既可能是 1926 也可能是 2026；请用 yyyy 书写日期。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mapping file, line %1: expected “@empty=&lt;value&gt;”, the value that means “no value” (such as ?)</source>
        <translation>映射文件第 %1 行：应为“@empty=&lt;值&gt;”，即表示“无值”的写法（如 ?）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mapping file, line %1: expected “@value.&lt;column&gt;.&lt;source value&gt;=&lt;value&gt;”.</source>
        <translation>映射文件第 %1 行：应为“@value.&lt;列&gt;.&lt;源值&gt;=&lt;值&gt;”。</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the text is not valid UTF-8 like the rest of the file (perhaps pasted from another program in another encoding); correct it, or save the file again as UTF-8</source>
        <translation>这一行不像文件其余部分那样是有效的 UTF-8（可能是从其他程序以其他编码粘贴而来）；请更正，或将文件重新保存为 UTF-8</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 fields, but the header has %2 (a value with the delimiter in it needs quotes)</source>
        <translation>有 %1 个字段，但表头有 %2 列（含分隔符的值需要加引号）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>contains control characters (such as NUL); only text, tabs and line breaks are allowed</source>
        <translation>含有控制字符（如 NUL）；只允许文本、制表符和换行</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 characters; at most %2 are allowed here</source>
        <translation>%1 个字符；此处最多允许 %2 个</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消；未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../../core/io/CsvReader.cpp" line="+120"/>
        <location line="+19"/>
        <source>Out of memory while reading CSV.</source>
        <translation>读取 CSV 时内存不足。</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Line %1: the CSV text is malformed (%2); check the quotes.</source>
        <translation>第 %1 行：CSV 格式错误（%2），请检查引号。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: the line is longer than %2 MB, more than a CSV row can hold; this is not a CSV file, or a quote is missing.</source>
        <translation>第 %1 行：该行超过 %2 MB，超出一行 CSV 的容量；这不是 CSV 文件，或缺少引号。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <location filename="../../core/flow/Customer.cpp" line="+120"/>
        <source>The customer was changed elsewhere after you opened the order; open it again to see the latest.</source>
        <translation>打开工单后，该客户已在别处被修改；请重新打开以查看最新内容。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../core/storage/SqliteError.cpp" line="+43"/>
        <source>Another program is using the workbook; close it and try again.</source>
        <translation>另一个程序正在使用该工作簿，请关闭后重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk is full (or the file reached the largest size allowed here); the change was not saved. Free some space and try again.</source>
        <translation>磁盘已满（或文件已达到此处允许的最大大小），本次更改未保存。请释放一些空间后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk could not be written (it may be full); the change was not saved.</source>
        <translation>无法写入磁盘（可能已满），本次更改未保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is damaged.</source>
        <translation>文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="+184"/>
        <location line="+56"/>
        <location filename="../../core/storage/ReadOnlyConnection.cpp" line="+48"/>
        <source>“%1” cannot be opened.</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <location line="-118"/>
        <location filename="../../core/storage/DatabasePostgres.cpp" line="+73"/>
        <source>“%1” was opened without its schema.</source>
        <translation>打开“%1”时未提供其数据结构。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” already exists; choose another name.</source>
        <translation>“%1”已存在，请换一个名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder of “%1” does not exist.</source>
        <translation>“%1”所在的文件夹不存在。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” is damaged and was not opened; it was left as it is. Restore it from a backup.</source>
        <translation>“%1”已损坏，未打开，文件保持原样。请从备份恢复。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” or its folder is read-only; ServiceLens needs to write beside the workbook. Copy it to a folder you can write to.</source>
        <translation>“%1”或其所在文件夹为只读；ServiceLens 需要在工作簿旁写入文件。请将其复制到可写的文件夹。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+56"/>
        <source>The SQLite driver is not usable.</source>
        <translation>SQLite 驱动不可用。</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>No private temporary folder could be made: %1</source>
        <translation>无法创建私有临时文件夹：%1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>“%1” is damaged; nothing was written from it. Restore it from a backup.</source>
        <translation>“%1”已损坏，未据此写出任何内容。请从备份还原。</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>“%1” is being written by another program, or was left unfinished when one stopped while writing it. Open it once in ServiceLens (the window, or any command that changes it) to undo what was left unfinished; a command that only reads never changes a file.</source>
        <translation>“%1”正被另一个程序写入，或在写入过程中程序中断而未完成。请在 ServiceLens 中打开它一次（窗口，或任何会修改它的命令），以撤销未完成的部分；只读的命令从不修改文件。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” was left unfinished and could not be put back as it was.</source>
        <translation>“%1”上次写入未完成，且无法恢复到写入前的状态。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The workbook&apos;s journal cannot be set.</source>
        <translation>无法设置工作簿的日志模式。</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>The references could not be checked.</source>
        <translation>无法检查数据引用。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A row refers to a row that does not exist.</source>
        <translation>有一行数据引用了不存在的行。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A store on a PostgreSQL server is backed up with the server&apos;s own tools (pg_dump).</source>
        <translation>PostgreSQL 服务器上的数据库用服务器自己的工具（pg_dump）备份。</translation>
    </message>
    <message>
        <location filename="../../core/storage/IntegrityCheck.cpp" line="+53"/>
        <source>The file is damaged: SQLite&apos;s integrity check found the problems below. Restore the latest backup (File ▸ Restore from Backup…).</source>
        <translation>文件已损坏：SQLite 完整性检查发现了以下问题。请还原最近的备份（文件 ▸ 从备份还原…）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation>表 %2 的第 %1 行引用了 %3 中不存在的记录。</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="-261"/>
        <source>“%1” is damaged; no backup was made, because a copy of a damaged file would not be a backup.</source>
        <translation>“%1”已损坏，未进行备份：损坏文件的副本不能作为备份。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>“%1” is damaged (its tables and their indexes disagree); nothing was written into it. Restore it from a backup.</source>
        <translation>“%1”已损坏（表与其索引不一致）；未向其写入任何内容。请从备份恢复。</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The workbook cannot be switched to write-ahead logging.</source>
        <translation>无法将工作簿切换为预写日志（WAL）模式。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The workbook could not be updated.</source>
        <translation>无法更新工作簿。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The backup folder “%1” cannot be created.</source>
        <translation>无法创建备份文件夹“%1”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workbook was not upgraded because the backup before the upgrade failed: %1</source>
        <translation>升级前的备份失败，工作簿未升级：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../core/storage/DatabasePostgres.cpp" line="-39"/>
        <source>Schema step %1 is missing from this build.</source>
        <translation>此版本缺少结构升级步骤 %1。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The workbook could not be upgraded to format %1 (%2); it was left at format %3.</source>
        <translation>无法将工作簿升级到格式 %1（%2）；工作簿仍保持格式 %3。</translation>
    </message>
    <message>
        <location filename="../../core/storage/DatabaseCopy.cpp" line="+24"/>
        <source>“%1” already exists.</source>
        <translation>“%1”已存在。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” cannot be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The backup to “%1” failed.</source>
        <translation>备份到“%1”失败。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup could not be saved as “%1”.</source>
        <translation>无法将备份保存为“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/storage/FastQuery.cpp" line="+50"/>
        <source>The workbook could not be written.</source>
        <translation>无法写入工作簿。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workbook could not be read.</source>
        <translation>无法读取工作簿。</translation>
    </message>
    <message>
        <location filename="../../core/storage/Migration.cpp" line="+76"/>
        <source>The rewritten constraints did not pass the check.</source>
        <translation>改写后的约束未通过检查。</translation>
    </message>
    <message>
        <location filename="../../core/storage/DatabasePostgres.cpp" line="+24"/>
        <source>The store could not be updated.</source>
        <translation>无法更新总部数据库。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ServiceLens cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver is not installed (on Debian, the package libqt6sql6-psql).</source>
        <translation>ServiceLens 无法连接 PostgreSQL：未安装 Qt 的 PostgreSQL 驱动（Debian 上为 libqt6sql6-psql 软件包）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The store “%1” cannot be reached.</source>
        <translation>无法连接总部数据库“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PostgreSQL driver is not usable.</source>
        <translation>PostgreSQL 驱动无法使用。</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+70"/>
        <source>The database of “%1” already holds tables; a new store needs an empty database.</source>
        <translation>“%1”所在的数据库中已有数据表；新建总部数据库需要一个空数据库。</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>“%1” is not a ServiceLens store. Make one with servicelens init --db URL --head-office.</source>
        <translation>“%1”不是 ServiceLens 总部数据库。请用 servicelens init --db URL --head-office 创建。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store “%1” was written by a newer ServiceLens (format %2); this one reads up to format %3.</source>
        <translation>总部数据库“%1”由更新版本的 ServiceLens 写入（格式 %2）；本版本最多读取格式 %3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The store “%1” is at format %2; open it once to change it (a merge, or the window) so that it is upgraded to format %3.</source>
        <translation>总部数据库“%1”为格式 %2；请先以可写方式打开一次（合并数据包或在窗口中打开），使其升级到格式 %3。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The store “%1” cannot be read.</source>
        <translation>无法读取总部数据库“%1”。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The store could not be brought to format %1 (%2); it was left at format %3.</source>
        <translation>总部数据库无法升级到格式 %1（%2），仍保持格式 %3。</translation>
    </message>
    <message>
        <location filename="../../core/storage/PostgresError.cpp" line="+21"/>
        <source>The store is open for reading only, or its user may not change it.</source>
        <translation>总部数据库以只读方式打开，或其用户无权修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another program is changing the store; try again.</source>
        <translation>另一个程序正在修改总部数据库，请重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s disk is full; the change was not saved.</source>
        <translation>服务器磁盘已满，修改未保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server reports damaged data; its administrator should restore it.</source>
        <translation>服务器报告数据损坏，请其管理员恢复。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to the server was lost; nothing more was saved.</source>
        <translation>与服务器的连接已断开，之后的内容均未保存。</translation>
    </message>
    <message>
        <location filename="../../core/storage/PostgresStatement.cpp" line="+148"/>
        <source>The store could not be written.</source>
        <translation>无法写入总部数据库。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store could not be read.</source>
        <translation>无法读取总部数据库。</translation>
    </message>
</context>
<context>
    <name>DefectCharts</name>
    <message>
        <location filename="../../ui/defects/DefectCharts.cpp" line="+63"/>
        <source>%1, fault %2</source>
        <translation>%1，故障 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: repairs per 1,000 units, against the year before</source>
        <translation>%1：每千台维修数，与前一年相比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: share of its category, against the year before</source>
        <translation>%1：占品类比例，与前一年相比</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Per 1,000 units</source>
        <translation>每千台</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share (%)</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Centre</source>
        <translation>中心线</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upper limit (3σ)</source>
        <translation>上控制限（3σ）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Months in service</source>
        <translation>投放市场月数</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 in %2: repairs by fault code</source>
        <translation>%1 在%2：按故障代码的维修数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repairs</source>
        <translation>维修数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cumulative share (%)</source>
        <translation>累计占比（%）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No code</source>
        <translation>无代码</translation>
    </message>
</context>
<context>
    <name>DefectFeedback</name>
    <message>
        <location filename="../../core/report/DefectFeedback.cpp" line="+38"/>
        <source>The product list has no model “%1”.</source>
        <translation>产品清单中没有型号“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model %1 had no repair in the month or the twelve before it: there is no trend to report.</source>
        <translation>型号 %1 在该月及之前十二个月没有维修：没有趋势可报告。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../../core/demo/DemoWorld.cpp" line="+464"/>
        <source>Demo generation was cancelled.</source>
        <translation>已取消生成演示数据。</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="+35"/>
        <source>The number of demo orders must be between 1 and %L1.</source>
        <translation>演示工单数量必须在 1 到 %L1 之间。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Shanghai Pudong Service Centre</source>
        <translation>上海浦东售后服务中心</translation>
    </message>
</context>
<context>
    <name>DemoWorkbookTask</name>
    <message>
        <location filename="../../ui/workbook/DemoWorkbookTask.cpp" line="+16"/>
        <source>Creating the demo workbook…</source>
        <translation>正在创建演示工作簿…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Demo workbook</source>
        <translation>演示工作簿</translation>
    </message>
</context>
<context>
    <name>DevelopmentPlans</name>
    <message>
        <location filename="../../core/team/DevelopmentPlans.cpp" line="+121"/>
        <source>Goal %1 has no words: say what is to be reached.</source>
        <translation>目标 %1 没有内容：请写明要达到什么。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goal %1 names a competency the cycle&apos;s questionnaire does not rate.</source>
        <translation>目标 %1 所写的能力项不在本周期问卷的评分项中。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This plan was reviewed at a later cycle and no longer changes.</source>
        <translation>该计划已在后续周期中回顾，不能再修改。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A review says how the goal went: achieved, partly, not, or dropped.</source>
        <translation>回顾需说明目标的完成情况：已达成、部分达成、未达成或已放弃。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This goal no longer exists.</source>
        <translation>该目标已不存在。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A goal is reviewed at a later cycle than the one it followed.</source>
        <translation>目标只能在其所属周期之后的周期中回顾。</translation>
    </message>
</context>
<context>
    <name>EditOrderCommand</name>
    <message>
        <location filename="../../ui/commands/EditOrderCommand.cpp" line="+17"/>
        <source>Edit order %1</source>
        <translation>编辑工单 %1</translation>
    </message>
</context>
<context>
    <name>EquipmentEvidence</name>
    <message>
        <location filename="../../ui/inspection/EquipmentEvidence.cpp" line="+40"/>
        <source>Equipment Status</source>
        <translation>设备状况</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Equipment Status on %1</source>
        <translation>%1 的设备状况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last maintenance</source>
        <translation>上次保养</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan</source>
        <translation>保养项目</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Down</source>
        <translation>停机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In service</source>
        <translation>在用</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (overdue %n day(s))</source>
        <translation>
            <numerusform>%1（逾期 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add to the Note</source>
        <translation>加入备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The line above goes into this answer&apos;s note, kept with it</source>
        <translation>上面这句话会加入本条答案的备注，随答案保存</translation>
    </message>
</context>
<context>
    <name>EquipmentFiles</name>
    <message>
        <location filename="../../core/equipment/EquipmentFiles.cpp" line="+61"/>
        <location line="+63"/>
        <source>This file is no longer kept.</source>
        <translation>该文件已不存在。</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>A file needs a name.</source>
        <translation>文件需要名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is empty: nothing to keep.</source>
        <translation>%1 是空文件，没有可保存的内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2 MB: a piece&apos;s files are kept up to %3 MB each.</source>
        <translation>%1 大小为 %2 MB：每个设备文件最大 %3 MB。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This piece of equipment is no longer in the register.</source>
        <translation>该设备已不在台账中。</translation>
    </message>
</context>
<context>
    <name>EquipmentImporter</name>
    <message>
        <location filename="../../core/equipment/EquipmentImporter.cpp" line="+81"/>
        <source>an equipment code is required</source>
        <translation>必须填写设备编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this code appears earlier in the file</source>
        <translation>该编号在文件前面已出现</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an equipment name is required</source>
        <translation>必须填写设备名称</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a date such as 2024-03-01</source>
        <translation>应为日期，如 2024-03-01</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a piece goes down through a breakdown recorded on the Equipment page, which keeps since when; import it as in service</source>
        <translation>设备的故障状态通过在“设备”页登记故障来记录（会保留故障起始时间）；请以“在用”导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected in service (在用) or retired (报废)</source>
        <translation>应为 在用 或 报废</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected hours (小时), cycles (次) or km (公里)</source>
        <translation>应为 小时、次 或 公里</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a counter reading needs the piece&apos;s usage unit (计数单位)</source>
        <translation>填写读数需要先有设备的计数单位</translation>
    </message>
</context>
<context>
    <name>EquipmentRegister</name>
    <message>
        <location filename="../../core/equipment/Equipment.cpp" line="+131"/>
        <source>A piece of equipment needs a code and a name.</source>
        <translation>设备需要编号和名称。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The code %1 is already another piece&apos;s (%2).</source>
        <translation>编号 %1 已被另一台设备（%2）使用。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This piece of equipment is no longer in the register.</source>
        <translation>这台设备已不在台账中。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is down: record its repair before retiring it.</source>
        <translation>%1 处于故障状态：请先登记修复再报废。</translation>
    </message>
</context>
<context>
    <name>EquipmentRowImporter</name>
    <message>
        <location filename="../../core/equipment/EquipmentRowImporter.cpp" line="+44"/>
        <source>expected a counter reading of 0 or more</source>
        <translation>读数应为 0 或以上</translation>
    </message>
</context>
<context>
    <name>EquipmentStatus</name>
    <message numerus="yes">
        <location filename="../../core/equipment/EquipmentStatus.cpp" line="+90"/>
        <source>%1 %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 %2（%n 天）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Equipment on %1: %n in service</source>
        <translation>
            <numerusform>%1 设备状况：在用 %n 台</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; none down</source>
        <translation>；无停机</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; %n down (%1)</source>
        <translation>
            <numerusform>；停机 %n 台（%1）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; no maintenance overdue.</source>
        <translation>；无逾期保养。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; maintenance overdue: %1.</source>
        <translation>；逾期保养：%1。</translation>
    </message>
</context>
<context>
    <name>EventImporter</name>
    <message>
        <location filename="../../core/flow/EventImport.cpp" line="+128"/>
        <source>the time of the event is required</source>
        <translation>事件时间为必填项</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a state is required</source>
        <translation>状态为必填项</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this state is not mapped: add the line @value.state.%1=… to the map, with one of received, analysed, solution, implemented, followed_up, closed, waiting_parts, waiting_customer or ignore</source>
        <translation>此状态未对应：请在映射中加一行 @value.state.%1=…，取 received、analysed、solution、implemented、followed_up、closed、waiting_parts、waiting_customer 或 ignore 之一</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Order %1: its history cannot be stored: %2</source>
        <translation>工单 %1：无法保存其历史：%2</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Order %1: its history cannot be applied: %2</source>
        <translation>工单 %1：无法应用其历史：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>“%1” (%n row(s))</source>
        <translation>
            <numerusform>“%1”（%n 行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) of other states</source>
        <translation>
            <numerusform>其他状态 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>States not mapped: %1. Map each with a line @value.state.NAME=STAGE (received, analysed, solution, implemented, followed_up, closed, waiting_parts, waiting_customer or ignore).</source>
        <translation>未对应的状态：%1。请为每个状态加一行 @value.state.名称=环节（received、analysed、solution、implemented、followed_up、closed、waiting_parts、waiting_customer 或 ignore）。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Skipped %n row(s) whose state is mapped to ignore.</source>
        <translation>
            <numerusform>已跳过 %n 行状态对应为 ignore 的记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>A received_at later than the first event in %n order(s): each is taken as received at its first event.</source>
        <translation>
            <numerusform>有 %n 张工单的受理时间晚于其第一条事件：均以第一条事件的时间作为受理时间。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Orders derived from their history: %1 new, %2 changed.</source>
        <translation>根据历史推导的工单：新增 %1 张，变更 %2 张。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An event log gives no response times and no visit counts: for the orders it adds, response time, SLA met and first-time fix are not in the data.</source>
        <translation>事件日志不含响应时间和上门次数：对其新增的工单，响应时长、SLA 达成率和一次修复率不在数据中。</translation>
    </message>
</context>
<context>
    <name>ExportOutcome</name>
    <message>
        <location filename="../../ui/widgets/ExportOutcome.cpp" line="+20"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消；没有写入任何文件。</translation>
    </message>
</context>
<context>
    <name>FaultCatalogue</name>
    <message>
        <location filename="../../core/org/FaultCodes.cpp" line="+80"/>
        <source>A fault group needs a name.</source>
        <translation>故障大类需要名称。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A fault code needs its code and a name.</source>
        <translation>故障代码需要代码和名称。</translation>
    </message>
</context>
<context>
    <name>FaultImporter</name>
    <message>
        <location filename="../../core/org/FaultImporter.cpp" line="+49"/>
        <source>a fault code is required</source>
        <translation>必须填写故障代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this fault code appears earlier in the file</source>
        <translation>此故障代码在文件前面已出现过</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a fault name is required</source>
        <translation>必须填写故障名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an English group name needs the group&apos;s own name</source>
        <translation>填写大类英文名称时须同时填写故障大类</translation>
    </message>
</context>
<context>
    <name>FeedbackExport</name>
    <message>
        <location filename="../../ui/defects/FeedbackExport.cpp" line="+18"/>
        <source>R&amp;D Feedback Report</source>
        <translation>研发反馈报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the R&amp;D feedback report…</source>
        <translation>正在写研发反馈报告…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FileProbe</name>
    <message>
        <location filename="../../core/storage/FileProbe.cpp" line="+25"/>
        <source>“%1” is a folder, not a workbook file.</source>
        <translation>“%1”是文件夹，不是工作簿文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not an ordinary file (a pipe or a device), not a workbook file.</source>
        <translation>“%1”不是普通文件（是管道或设备），不是工作簿文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” cannot be read.</source>
        <translation>无法读取“%1”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a ServiceLens workbook (not an SQLite database).</source>
        <translation>“%1”不是 ServiceLens 工作簿（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is an SQLite database of another program, not a ServiceLens workbook.</source>
        <translation>“%1”是其他程序的 SQLite 数据库，不是 ServiceLens 工作簿。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is an empty SQLite database, not a ServiceLens workbook.</source>
        <translation>“%1”是空的 SQLite 数据库，不是 ServiceLens 工作簿。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” was saved by a newer version of ServiceLens (workbook format %2; this version reads up to %3). Update ServiceLens to open it; the file was not changed.</source>
        <translation>“%1”由更新版本的 ServiceLens 保存（工作簿格式 %2，本版本最高支持 %3）。请升级 ServiceLens 后再打开；文件未被修改。</translation>
    </message>
</context>
<context>
    <name>FlowNames</name>
    <message>
        <location filename="../../core/flow/FlowTypes.cpp" line="+99"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App</source>
        <translation>APP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk-in</source>
        <translation>到店</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysed</source>
        <translation>已分析</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solution agreed</source>
        <translation>方案已确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Implemented</source>
        <translation>已完工</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for parts</source>
        <translation>等待备件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for customer</source>
        <translation>等待客户</translation>
    </message>
</context>
<context>
    <name>FlowStepCommand</name>
    <message>
        <location filename="../../ui/commands/FlowStepCommand.cpp" line="+14"/>
        <source>%1 on order %2</source>
        <translation>工单 %2：%1</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../ui/network/FunnelChart.cpp" line="+34"/>
        <source>%1 by branch against its volume</source>
        <translation>各网点%1与工单量</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Branch within the limits</source>
        <translation>控制限以内的网点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Better beyond chance (99.8 %)</source>
        <translation>显著优于全网（99.8 %）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worse beyond chance (99.8 %)</source>
        <translation>显著差于全网（99.8 %）</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%1 %2: %3 % of %n order(s)</source>
        <translation>
            <numerusform>%1 %2：%n 张工单中 %3 %</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Network %1</source>
        <translation>全网 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>95 % limits</source>
        <translation>95 % 控制限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>99.8 % limits</source>
        <translation>99.8 % 控制限</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Orders the rate counts (n)</source>
        <translation>比率所计工单数（n）</translation>
    </message>
</context>
<context>
    <name>GoalOutcomeNames</name>
    <message>
        <location filename="../../core/team/DevelopmentPlans.cpp" line="-139"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achieved</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly achieved</source>
        <translation>部分达成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not achieved</source>
        <translation>未达成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
</context>
<context>
    <name>HeadOfficeActions</name>
    <message>
        <location filename="../../ui/network/HeadOfficeActions.cpp" line="+30"/>
        <source>ServiceLens packs (*.slpack);;All files (*)</source>
        <translation>ServiceLens 数据包 (*.slpack);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Co&amp;nnect to Head Office Store…</source>
        <translation>连接总部数据库(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a network&apos;s store on a PostgreSQL server.</source>
        <translation>打开 PostgreSQL 服务器上的网点汇总数据库。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to &amp;Head Office…</source>
        <translation>发送给总部(&amp;H)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a pack of what this branch changed since its last pack, for head office.</source>
        <translation>为总部打包本网点自上次打包以来的变更。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Receive from Head Office…</source>
        <translation>接收总部下发(&amp;R)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take head office&apos;s calendar, SLA policies, targets, templates and courses from the pack it sent.</source>
        <translation>从总部发来的数据包中接收日历、服务时限政策、目标、巡检模板和课程。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge Packs…</source>
        <translation>合并数据包(&amp;M)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Con&amp;flicts…</source>
        <translation>冲突(&amp;F)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send to &amp;Branches…</source>
        <translation>下发给网点(&amp;B)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a pack of head office&apos;s calendar, SLA policies, targets, templates and courses for every branch.</source>
        <translation>为所有网点写出总部的日历、服务时限政策、目标、巡检模板和课程数据包。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+12"/>
        <location line="+9"/>
        <source>Send to Head Office</source>
        <translation>发送给总部</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Pack %1 written: %n order(s) changed since the last pack. Send the file to head office (e-mail, USB stick); it is checked there before it is merged.</source>
        <translation>
            <numerusform>已写出数据包 %1：自上次打包以来有 %n 张工单变更。请把该文件发给总部（电子邮件、U 盘）；总部合并前会先校验。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <location line="+20"/>
        <source>Merge Packs</source>
        <translation>合并数据包</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 (branch %2, pack %3): %4 new, %5 updated, %6 unchanged, %7 conflicts</source>
        <translation>%1（网点 %2，第 %3 个数据包）：新增 %4，更新 %5，未变 %6，冲突 %7</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Merged %n pack(s).</source>
        <translation>
            <numerusform>已合并 %n 个数据包。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review Conflicts…</source>
        <translation>查看冲突…</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+7"/>
        <source>Send to Branches</source>
        <translation>下发给网点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pack %1 written for the branches: each receives it with File ▸ Receive from Head Office….</source>
        <translation>已为各网点写出数据包 %1：各网点用“文件 ▸ 接收总部下发…”接收。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+8"/>
        <source>Receive from Head Office</source>
        <translation>接收总部下发</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Head office&apos;s pack %1 received: %2 added, %3 changed, %4 as they were.</source>
        <translation>已接收总部数据包 %1：新增 %2，更改 %3，%4 项保持不变。</translation>
    </message>
</context>
<context>
    <name>HeadOfficeReceiver</name>
    <message>
        <location filename="../../core/network/HeadOfficeReceiver.cpp" line="+195"/>
        <source>%1 is a branch&apos;s pack (%2); a branch receives head office&apos;s packs, and its own go to head office.</source>
        <translation>%1 是网点（%2）的数据包；网点只接收总部的数据包，自己的数据包应发给总部。</translation>
    </message>
</context>
<context>
    <name>ImportBranches</name>
    <message>
        <location filename="../../core/flow/ImportBranches.cpp" line="+12"/>
        <source>The workbook has no branch.</source>
        <translation>工作簿中没有网点。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The workbook has no branch “%1”.</source>
        <translation>工作簿中没有网点“%1”。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no branch has this code</source>
        <translation>没有这个编码的网点</translation>
    </message>
</context>
<context>
    <name>ImportSummaryText</name>
    <message>
        <location filename="../../ui/workbook/ImportSummaryText.cpp" line="+13"/>
        <source>%1 rows read: %2 new, %3 updated, %4 unchanged, %5 with problems.</source>
        <translation>已读取 %1 行：新增 %2，更新 %3，未变 %4，有问题 %5。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is imported while rows have problems: correct them, or skip them.</source>
        <translation>存在有问题的行时不会导入任何数据：请更正，或选择跳过。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This was a check: the workbook is unchanged.</source>
        <translation>这只是检查：工作簿没有改动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows with problems were written to %1.</source>
        <translation>有问题的行已写入 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first %1 of %2 problems are listed.</source>
        <translation>列出了 %2 个问题中的前 %1 个。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n people named in the file are not in the staff list; Import asks before adding them.</source>
        <translation>
            <numerusform>文件中有 %n 人不在员工名单中；点击“导入”时会先询问是否添加。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added to the staff list: %1 (complete them on the Staff tab).</source>
        <translation>已加入员工名单：%1（请在“员工”页补全信息）。</translation>
    </message>
</context>
<context>
    <name>Importers</name>
    <message>
        <location filename="../../core/workbook/Importers.cpp" line="+53"/>
        <source>Service orders</source>
        <translation>服务工单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order events (a helpdesk&apos;s state history)</source>
        <translation>工单事件（服务台的状态历史）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working-day calendar</source>
        <translation>工作日日历</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey responses</source>
        <translation>满意度回访记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training attendance</source>
        <translation>培训签到与成绩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA policies</source>
        <translation>服务时限政策</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product models and categories</source>
        <translation>产品型号和品类</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fault codes</source>
        <translation>故障代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed base</source>
        <translation>保有量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equipment register</source>
        <translation>设备台账</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maintenance plans</source>
        <translation>保养计划</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maintenance records and counter readings</source>
        <translation>保养记录与计数读数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filled 360-degree review forms</source>
        <translation>已填写的360度评估问卷</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The header of %1 has the columns of none of these files; each needs its own — %2.</source>
        <translation>%1 的表头不符合以下任何一种文件，每种都需要各自的列——%2。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This is a head office&apos;s store: “%1” come from the branches, in their packs. Import the file into the branch&apos;s own workbook and send head office a pack (File ▸ Send to Head Office…).</source>
        <translation>这是总部库：“%1”由各网点通过数据包送来。请把文件导入网点自己的工作簿，再向总部发送数据包（文件 ▸ 发送给总部…）。</translation>
    </message>
</context>
<context>
    <name>IncidentContacts</name>
    <message>
        <location filename="../../core/incident/IncidentContacts.cpp" line="+81"/>
        <source>%1 is a drill: a drill never calls customers.</source>
        <translation>%1 是演练：演练从不联系客户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+129"/>
        <source>Incident %1 is closed: it calls nobody any more.</source>
        <translation>事件 %1 已关闭：不再联系任何客户。</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>A callback list is drawn after the incident opened and not ahead of time.</source>
        <translation>回访名单只能在事件启动之后、且不晚于当前时间生成。</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>A call ends reached, unanswered, refused or to call back.</source>
        <translation>一次通话的结果只能是已联系、未接通、拒绝或稍后再联系。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calling back later needs a time after this call.</source>
        <translation>稍后再联系需要一个晚于本次通话的时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A call cannot be recorded ahead of time.</source>
        <translation>不能记录未来的通话。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This customer is no longer on the list.</source>
        <translation>该客户已不在名单中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This incident no longer exists.</source>
        <translation>该事件已不存在。</translation>
    </message>
</context>
<context>
    <name>IncidentNames</name>
    <message>
        <location filename="../../core/incident/Incident.cpp" line="+56"/>
        <source>Product recall</source>
        <translation>产品召回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System outage</source>
        <translation>系统故障</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mass complaints</source>
        <translation>批量投诉</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety accident</source>
        <translation>安全事故</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Natural disaster or disruption</source>
        <translation>自然灾害或突发中断</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Minor (IV)</source>
        <translation>一般（IV 级）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moderate (III)</source>
        <translation>较大（III 级）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Major (II)</source>
        <translation>重大（II 级）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Critical (I)</source>
        <translation>特别重大（I 级）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Opened</source>
        <translation>启动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step done</source>
        <translation>步骤完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>影响范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Callback list</source>
        <translation>回访名单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrective action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Product model</source>
        <translation>产品型号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fault code</source>
        <translation>故障代码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batch or serial</source>
        <translation>批次或序列号</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>To call</source>
        <translation>待联系</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reached</source>
        <translation>已联系</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer</source>
        <translation>未接通</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call back later</source>
        <translation>稍后再联系</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Opened without a plan</source>
        <translation>未按预案启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened under the plan %1</source>
        <translation>按预案“%1”启动</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severity now %1</source>
        <translation>级别调整为 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Callback list drawn: %1 customers added, %2 affected in all</source>
        <translation>已生成回访名单：新增客户 %1 位，共涉及 %2 位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step done: %1</source>
        <translation>步骤完成：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope now: %1</source>
        <translation>影响范围调整为：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrective action: %1</source>
        <translation>整改措施：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed. Lessons learnt: %1</source>
        <translation>已关闭。经验教训：%1</translation>
    </message>
</context>
<context>
    <name>IncidentPlans</name>
    <message>
        <location filename="../../core/incident/IncidentPlans.cpp" line="+63"/>
        <source>This contingency plan no longer exists.</source>
        <translation>该应急预案已不存在。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A contingency plan needs a name.</source>
        <translation>应急预案需要名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A contingency plan needs at least one step.</source>
        <translation>应急预案至少需要一个步骤。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 of the plan says nothing to do.</source>
        <translation>预案第 %1 步没有写要做什么。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 of the plan is due before the incident opens.</source>
        <translation>预案第 %1 步的期限早于事件启动。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The branch already has a plan named %1.</source>
        <translation>该网点已有名为 %1 的预案。</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Product recall</source>
        <translation>产品召回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello, this is the service centre. The product you bought from us is part of a recall: we will check or replace it free of charge. When may we come, or when can you bring it in?</source>
        <translation>您好，这里是售后服务中心。您购买的产品属于本次召回范围，我们将免费为您检测或更换。请问什么时间方便上门，或者您什么时候方便送来？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop installing and selling the affected products; set the stock aside</source>
        <translation>停止安装和销售涉及的产品，隔离库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report to head office and the maker&apos;s quality department</source>
        <translation>上报总部和厂家质量部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the incident&apos;s scope and draw the list of affected customers</source>
        <translation>确定影响范围，生成受影响客户名单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get spare parts and replacement units ready</source>
        <translation>准备备件和更换整机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call every affected customer with the script and book the check</source>
        <translation>按话术逐一联系受影响客户，预约检测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report progress to head office every day until every customer is reached</source>
        <translation>每天向总部报告进展，直到所有客户联系完毕</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System outage</source>
        <translation>系统故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello, this is the service centre. A system failure delayed your service order, and we apologise. The system is working again and your order now goes first.</source>
        <translation>您好，这里是售后服务中心。由于系统故障，您的工单处理有所延误，非常抱歉。系统现已恢复，我们将优先为您处理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to paper service orders and the printed phone list</source>
        <translation>切换到纸质工单和打印的电话清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell IT support and head office</source>
        <translation>通知 IT 支持和总部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell customers at the counter and on the hotline</source>
        <translation>在前台和热线告知客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the paper orders once the system is back</source>
        <translation>系统恢复后补录纸质工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call the customers whose orders were delayed</source>
        <translation>联系工单被延误的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mass complaints</source>
        <translation>批量投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello, this is the service centre, calling about your complaint. We have found the cause and this is what we will do for you:</source>
        <translation>您好，这里是售后服务中心，关于您的投诉给您回电。我们已查明原因，将为您做如下处理：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name one person to answer every complaint about the matter</source>
        <translation>指定一名专人统一答复该问题的所有投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the common cause: product, batch, technician or policy</source>
        <translation>查找共同原因：产品、批次、技术员或政策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree the remedy with head office</source>
        <translation>与总部商定补救方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call every complaining customer back with the remedy</source>
        <translation>逐一回电投诉客户，告知补救方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the complaints at the next team meeting</source>
        <translation>在下次团队例会上复盘投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety accident</source>
        <translation>安全事故</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the scene safe, give first aid, call 120 or 119 when needed</source>
        <translation>确保现场安全，实施急救，必要时拨打 120 或 119</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report to the branch manager and head office</source>
        <translation>报告网点经理和总部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the scene and the evidence; take photos</source>
        <translation>保护现场和证据，拍照留存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the cause and write it down</source>
        <translation>查明原因并书面记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train the team again on the safety rule that failed</source>
        <translation>就失效的安全规定重新培训团队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural disaster or disruption</source>
        <translation>自然灾害或突发中断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello, this is the service centre. Because of the weather we must move your visit. When would suit you?</source>
        <translation>您好，这里是售后服务中心。因天气原因，我们需要调整上门时间，请问您什么时候方便？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that everyone in the team is safe</source>
        <translation>确认团队所有人员安全</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close or move the service point; say so on the hotline</source>
        <translation>关闭或转移服务网点，并在热线中告知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the equipment and the parts stock out of harm&apos;s way</source>
        <translation>将设备和备件库存转移到安全地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call the customers with booked visits and book them again</source>
        <translation>联系已预约上门的客户重新预约</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report the damage and the reopening date to head office</source>
        <translation>向总部报告损失和恢复营业日期</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <location filename="../../core/incident/IncidentReads.cpp" line="+86"/>
        <source>This incident no longer exists.</source>
        <translation>该事件已不存在。</translation>
    </message>
    <message>
        <location filename="../../core/incident/Incidents.cpp" line="+23"/>
        <source>Incident %1 is closed: it can no longer change.</source>
        <translation>事件 %1 已关闭，不能再修改。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The incident&apos;s branch no longer exists.</source>
        <translation>事件所属网点已不存在。</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+129"/>
        <source>An incident needs a title.</source>
        <translation>事件需要标题。</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>An incident cannot be opened ahead of time.</source>
        <translation>不能启动未来时间的事件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+168"/>
        <source>The affected period must end after it starts.</source>
        <translation>影响时段的结束必须晚于开始。</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>The incident&apos;s contingency plan no longer exists.</source>
        <translation>事件的应急预案已不存在。</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>A change cannot be recorded ahead of time.</source>
        <translation>不能记录未来的变更。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A change cannot be older than the incident.</source>
        <translation>变更时间不能早于事件启动。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A note needs some words.</source>
        <translation>记录需要内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note cannot be written ahead of time.</source>
        <translation>不能写未来时间的记录。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A note cannot be older than the incident.</source>
        <translation>记录时间不能早于事件启动。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This step no longer exists.</source>
        <translation>该步骤已不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This step is already done.</source>
        <translation>该步骤已完成。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A step is done after the incident opened and not ahead of time.</source>
        <translation>步骤完成时间须在事件启动之后，且不晚于当前时间。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Closing an incident asks for the lessons learnt.</source>
        <translation>关闭事件需要填写经验教训。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An incident closes after it opened and not ahead of time.</source>
        <translation>事件关闭时间须在启动之后，且不晚于当前时间。</translation>
    </message>
</context>
<context>
    <name>InspectionJson</name>
    <message>
        <location filename="../../core/inspection/InspectionJsonReader.cpp" line="+28"/>
        <source>“%1” is no one on the staff of this workbook; import the staff first (servicelens import staff)</source>
        <translation>“%1”不是本工作簿中的员工；请先导入员工（servicelens import staff）</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+163"/>
        <source>“%1” is not an item of %2 version %3</source>
        <translation>“%1”不是 %2 第 %3 版中的检查项</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected &quot;pass&quot;, &quot;fail&quot; or &quot;na&quot; for a pass/fail item</source>
        <translation>通过/不通过项应为 &quot;pass&quot;、&quot;fail&quot; 或 &quot;na&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a rating 1 to 5 or &quot;na&quot;</source>
        <translation>应为 1 到 5 的评分或 &quot;na&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a number or &quot;na&quot;</source>
        <translation>应为数字或 &quot;na&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a text in quotes</source>
        <translation>应为带引号的文本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>photos are not carried in JSON; leave the value out</source>
        <translation>JSON 中不包含照片；请省略该值</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1” is not a UUID</source>
        <translation>“%1”不是 UUID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the workbook has no branch “%1”</source>
        <translation>工作簿中没有网点“%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the workbook has no template “%1” version %2; import the template first</source>
        <translation>工作簿中没有模板“%1”第 %2 版；请先导入该模板</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1”: expected a time such as 2026-10-12 09:00</source>
        <translation>“%1”：应为时间，例如 2026-10-12 09:00</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+107"/>
        <source>“%1”: expected a time such as 2026-10-12 11:30</source>
        <translation>“%1”：应为时间，例如 2026-10-12 11:30</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>earlier than started_at</source>
        <translation>早于 started_at</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is answered twice</source>
        <translation>“%1”被回答了两次</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>“%1”: expected a date such as 2026-10-20</source>
        <translation>“%1”：应为日期，例如 2026-10-20</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1”: expected open, in_progress, done or verified</source>
        <translation>“%1”：应为 open、in_progress、done 或 verified</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1”: expected urgent, high, normal or low</source>
        <translation>“%1”：应为 urgent、high、normal 或 low</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>given, but the status is “%1”: only a done or verified action has been done</source>
        <translation>已填写，但状态为“%1”：只有已完成或已验证的措施才有完成时间</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>required when the status is done or verified</source>
        <translation>状态为 done 或 verified 时必填</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>“%1”: expected a time such as 2026-10-19 16:00</source>
        <translation>“%1”：应为时间，例如 2026-10-19 16:00</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>“%1” is earlier than the action was created (%2)</source>
        <translation>“%1”早于该措施的创建时间（%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>required when the status is verified: the staff code of who verified it, not the owner</source>
        <translation>状态为已验证时必填：验证人的工号（不能是负责人）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the owner cannot verify their own action</source>
        <translation>负责人不能验证自己的措施</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is earlier than done_at</source>
        <translation>“%1”早于 done_at</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>given, but the status is “%1”, not verified</source>
        <translation>已填写，但状态为“%1”，不是已验证</translation>
    </message>
    <message>
        <location filename="../../core/inspection/InspectionJson.cpp" line="+37"/>
        <source>“%1” is no one on the staff.</source>
        <translation>“%1”不是本工作簿中的员工。</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The inspection is incomplete.</source>
        <translation>该巡检记录不完整。</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>No completed inspection has the id “%1”.</source>
        <translation>没有 ID 为“%1”的已完成巡检。</translation>
    </message>
</context>
<context>
    <name>InspectionNames</name>
    <message>
        <location filename="../../core/inspection/InspectionTemplate.cpp" line="+31"/>
        <source>Pass / fail</source>
        <translation>通过/不通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating 1–5</source>
        <translation>评分 1–5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Maintenance checklist</source>
        <translation>设备保养检查表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch inspection</source>
        <translation>网点巡检</translation>
    </message>
</context>
<context>
    <name>InspectionPrintout</name>
    <message>
        <location filename="../../ui/inspection/InspectionPrintout.cpp" line="+25"/>
        <source>Score %1 (pass at %2): %3</source>
        <translation>得分 %1（%2 分合格）：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No score yet (pass at %1)</source>
        <translation>尚无得分（%1 分合格）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed %1</source>
        <translation>完成于 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft, begun %1</source>
        <translation>草稿，开始于 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n corrective action(s) raised</source>
        <translation>
            <numerusform>已提 %n 项整改措施</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>critical</source>
        <translation>关键项</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector:</source>
        <translation>巡检人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch manager:</source>
        <translation>网点负责人：</translation>
    </message>
</context>
<context>
    <name>InspectionSeal</name>
    <message>
        <location filename="../../core/inspection/InspectionSeal.cpp" line="+51"/>
        <location line="+8"/>
        <source>The inspections cannot be read.</source>
        <translation>无法读取巡检记录。</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+6"/>
        <source>The inspection&apos;s seal cannot be written.</source>
        <translation>无法写入巡检的封存码。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Inspection %1 (completed %2) was changed outside ServiceLens: its content no longer matches its seal %3.</source>
        <translation>巡检 %1（完成于 %2）在 ServiceLens 之外被修改：其内容与封存码 %3 不再一致。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
</context>
<context>
    <name>InspectionSession</name>
    <message>
        <location filename="../../ui/inspection/InspectionSession.cpp" line="+31"/>
        <source>No template.</source>
        <translation>没有模板。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The inspection no longer exists.</source>
        <translation>该巡检已不存在。</translation>
    </message>
</context>
<context>
    <name>InspectionWorkflow</name>
    <message>
        <location filename="../../core/inspection/InspectionWorkflow.cpp" line="+58"/>
        <source>The inspection is completed and locked; change it with an amendment that gives a reason.</source>
        <translation>该巡检已完成并锁定；如需修改，请提交注明原因的更正。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+167"/>
        <source>The inspection template no longer exists.</source>
        <translation>该巡检模板已不存在。</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+12"/>
        <location line="+202"/>
        <source>The inspection no longer exists.</source>
        <translation>该巡检已不存在。</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>The template has no item “%1”.</source>
        <translation>模板中没有检查项“%1”。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1”: a rating is from 1 to 5, not %2.</source>
        <translation>“%1”：评分应为 1 到 5，而不是 %2。</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>An inspection cannot be completed before it started.</source>
        <translation>巡检的完成时间不能早于开始时间。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>An amendment to a completed inspection needs a reason.</source>
        <translation>更正已完成的巡检需要说明原因。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A draft is changed directly; amendments are for completed inspections.</source>
        <translation>草稿可直接修改；更正只用于已完成的巡检。</translation>
    </message>
</context>
<context>
    <name>InstalledBase</name>
    <message>
        <location filename="../../core/org/InstalledBase.cpp" line="+64"/>
        <source>Units in the field cannot be negative.</source>
        <translation>保有量不能为负数。</translation>
    </message>
</context>
<context>
    <name>InstalledImporter</name>
    <message>
        <location filename="../../core/org/InstalledImporter.cpp" line="+63"/>
        <source>a model is required</source>
        <translation>必须填写型号</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>names several models (%1): write one</source>
        <translation>写了多个型号（%1）：请只写一个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a model of the product list (servicelens import products)</source>
        <translation>不是产品清单中的型号（先用 servicelens import products 导入清单）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a month as YYYY-MM</source>
        <translation>应为 YYYY-MM 格式的月份</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a whole number of units, 0 or more</source>
        <translation>应为 0 或更大的整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this model and month appear earlier in the file</source>
        <translation>此型号和月份在文件前面已出现</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <location filename="../../core/io/JsonFields.cpp" line="+23"/>
        <source>expected an object { … }</source>
        <translation>应为对象 { … }</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a text in quotes</source>
        <translation>应为带引号的文本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a list [ … ]</source>
        <translation>应为列表 [ … ]</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line 1: expected an object { … } at the top.</source>
        <translation>第 1 行：顶层应为对象 { … }。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the key is given twice in the same object; which one is meant cannot be told.</source>
        <translation>%1：同一对象中该键出现了两次，无法判断以哪一个为准。</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <location filename="../../core/kpi/KpiCatalogue.cpp" line="+58"/>
        <source>Orders received</source>
        <translation>受理工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders received in the month.</source>
        <translation>当月受理的工单数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders closed</source>
        <translation>关闭工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+214"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Orders closed in the month.</source>
        <translation>当月关闭的工单数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders received in the month flagged as complaints.</source>
        <translation>当月受理且标记为投诉的工单数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint rate</source>
        <translation>投诉率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders received in the month flagged as complaints, divided by the orders received.</source>
        <translation>当月受理的工单中标记为投诉的数量，除以当月受理工单数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Backlog at month end</source>
        <translation>月末积压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders received before the end of the month and not closed before it.</source>
        <translation>月末之前受理、且到月末仍未关闭的工单数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Mean response (hours)</source>
        <translation>平均响应时长（小时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar hours from receiving an order to its first response, averaged over the orders received in the month that were responded to.</source>
        <translation>从受理工单到首次响应的自然小时数，对当月受理且已响应的工单取平均。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Responded within target</source>
        <translation>响应及时率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders received in the month that were responded to within their priority&apos;s response target (never responded counts as a miss), out of the orders received.</source>
        <translation>当月受理的工单中，在其优先级响应时限内得到响应的比例（从未响应的计为未达标）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Resolution, working days (mean)</source>
        <translation>平均解决时长（工作日）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working days after the day an order was received up to the day it was closed (closed the same day = 0), averaged over the orders closed in the month.</source>
        <translation>从受理次日起到关闭当日的工作日数（当天关闭计 0），对当月关闭的工单取平均。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Resolution, working days (median)</source>
        <translation>解决时长，工作日（中位数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half the orders closed in the month took at most this many working days.</source>
        <translation>当月关闭的工单中，一半在这么多个工作日内解决。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Resolution, working days (p90)</source>
        <translation>解决时长 P90（工作日）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nine in ten orders closed in the month took at most this many working days.</source>
        <translation>当月关闭的工单中，九成在这么多个工作日内解决。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Resolved within target</source>
        <translation>按时解决率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders closed in the month that met their resolution target: their own deadline, or their SLA policy&apos;s working days.</source>
        <translation>当月关闭的工单中达到解决时限的比例：按工单自身的截止时间，或其 SLA 策略规定的工作日数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>SLA met</source>
        <translation>SLA 达成率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders closed in the month that met both their response and their resolution target.</source>
        <translation>当月关闭的工单中，响应和解决均达到时限的比例。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First-time fix</source>
        <translation>一次修复率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders closed in the month with at most one visit and never reopened.</source>
        <translation>当月关闭的工单中，上门不超过一次且未返修的比例。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>返修率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders closed in the month that had been reopened at least once.</source>
        <translation>当月关闭的工单中，至少返修过一次的比例。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Surveys sent</source>
        <translation>回访发出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invitations</source>
        <translation>回访发出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction surveys sent in the month.</source>
        <translation>当月发出的满意度回访数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey responses</source>
        <translation>回访回复</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responses</source>
        <translation>回复数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys answered in the month.</source>
        <translation>当月得到回复的回访数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey response rate</source>
        <translation>回访回复率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response rate</source>
        <translation>回复率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys sent in the month that were answered, out of those sent.</source>
        <translation>当月发出的回访中得到回复的比例。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer satisfaction (CSAT)</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of answers to the overall satisfaction question (1–5) that are 4 or 5, over the survey responses of the month.</source>
        <translation>当月调查回复中，总体满意度题（1–5 分）打 4 分或 5 分的比例。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net promoter score (NPS)</source>
        <translation>净推荐值（NPS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 × (answers 9–10 minus answers 0–6) / answers to the recommendation question (0–10) in the month.</source>
        <translation>100 ×（打 9–10 分的回答数 − 打 0–6 分的回答数）÷ 当月推荐意愿题（0–10 分）的回答数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inspections completed</source>
        <translation>完成巡检</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections completed in the month.</source>
        <translation>当月完成的巡检数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean inspection score</source>
        <translation>巡检平均得分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean score</source>
        <translation>平均得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mean score (0–100) of the inspections completed in the month.</source>
        <translation>当月完成的巡检的平均得分（0–100）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inspections failed</source>
        <translation>巡检不合格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections completed in the month below the pass score or with a critical item failed.</source>
        <translation>当月完成的巡检中，得分低于合格线或有关键项不通过的数量。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corrective actions open at month end</source>
        <translation>月末未完成整改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions open at month end</source>
        <translation>月末未完成整改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrective actions created before the month&apos;s end and not done before it.</source>
        <translation>月末之前创建、且到月末仍未完成的整改措施数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>… of them overdue</source>
        <translation>其中逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the actions open at the month&apos;s end, those due on or before its last day.</source>
        <translation>月末未完成的整改措施中，截止日期不晚于当月最后一天的数量。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corrective actions done on time</source>
        <translation>整改按期完成率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions done on time</source>
        <translation>整改按期完成率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrective actions due in the month that were done by their due date.</source>
        <translation>截止日期在当月的整改措施中，在截止日期前完成的比例。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Maintenance done</source>
        <translation>完成保养</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance records of the branch&apos;s equipment dated in the month.</source>
        <translation>当月网点设备的保养记录数。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Maintenance overdue at month end</source>
        <translation>月末逾期保养</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue at month end</source>
        <translation>月末逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance plans overdue on the month&apos;s last day, by the due list computed for that day.</source>
        <translation>月末最后一天逾期的保养计划数（按当日计算的到期清单）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Maintenance due in the week after</source>
        <translation>月后一周内到期保养</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in the week after</source>
        <translation>一周内到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance plans due within the seven days after the month&apos;s last day.</source>
        <translation>月末之后七天内到期的保养计划数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Equipment breakdowns</source>
        <translation>设备故障次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breakdowns</source>
        <translation>故障次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakdowns of the branch&apos;s equipment that began in the month.</source>
        <translation>当月发生的网点设备故障次数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Equipment downtime (working-day h)</source>
        <translation>设备停机（工作日小时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downtime (working-day hours)</source>
        <translation>停机时长（工作日小时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours of the calendar&apos;s working days within the month during which a piece was down, summed over the pieces.</source>
        <translation>当月工作日中设备处于停机状态的小时数，各设备合计。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mean time to repair (working-day hours)</source>
        <translation>平均修复时间（工作日小时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTTR (working-day hours)</source>
        <translation>MTTR（工作日小时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working-day hours from a breakdown to its repair, averaged over the repairs of the month.</source>
        <translation>从故障到修复的工作日小时数，按当月修复的故障取平均。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Orders that waited for equipment</source>
        <translation>等待设备的工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders that waited</source>
        <translation>等待设备工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders that waited for a broken piece at some time in the month.</source>
        <translation>当月曾因设备故障而等待的工单数。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Incidents opened</source>
        <translation>新发事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened</source>
        <translation>新发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents opened in the month, drills left out.</source>
        <translation>当月启动的事件数，不含演练。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incidents closed</source>
        <translation>关闭事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents closed in the month, drills left out.</source>
        <translation>当月关闭的事件数，不含演练。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incidents open at month end</source>
        <translation>月末未关闭事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open at month end</source>
        <translation>月末未关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents opened before the month&apos;s end and not closed before it, drills left out.</source>
        <translation>月末前启动且月末前未关闭的事件数，不含演练。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drills held</source>
        <translation>应急演练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drills</source>
        <translation>演练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drills opened in the month: counted here, and in no other figure.</source>
        <translation>当月启动的演练次数：只在此计数，不计入其他任何指标。</translation>
    </message>
    <message>
        <location line="+136"/>
        <location filename="../../core/report/MonthlyReport.cpp" line="+364"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+153"/>
        <source>not in the data</source>
        <translation>不在数据中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not in the data: the orders of this period came from files without %1, so this figure cannot be computed (it is not 0).</source>
        <translation>不在数据中：本期工单来自没有 %1 的文件，因此无法计算此指标（并非为 0）。</translation>
    </message>
</context>
<context>
    <name>KpiTargetRepository</name>
    <message>
        <location filename="../../core/kpi/KpiTargets.cpp" line="+76"/>
        <source>Rate targets are between 0 % and 100 %.</source>
        <translation>比率目标应在 0 % 到 100 % 之间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A count&apos;s target is a number of orders (0: no target).</source>
        <translation>数量目标是工单张数（0 表示不设目标）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The resolution target must be more than 0 working days.</source>
        <translation>解决时长目标必须大于 0 个工作日。</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../core/i18n/Language.cpp" line="+21"/>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
</context>
<context>
    <name>MaintenanceChecklist</name>
    <message>
        <location filename="../../core/equipment/MaintenanceChecklist.cpp" line="+25"/>
        <source>The plan %1 has no checklist.</source>
        <translation>保养计划 %1 没有检查表。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan&apos;s checklist %1 is not among the templates.</source>
        <translation>保养计划的检查表 %1 不在模板中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a branch inspection&apos;s template, not a maintenance checklist.</source>
        <translation>%1 是网点巡检模板，不是设备保养检查表。</translation>
    </message>
</context>
<context>
    <name>MaintenanceLog</name>
    <message>
        <location filename="../../core/equipment/MaintenanceLog.cpp" line="+124"/>
        <source>There is already a plan named %1 for it.</source>
        <translation>它已有名为 %1 的保养计划。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This plan no longer exists.</source>
        <translation>该保养计划已不存在。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>A maintenance record needs its day.</source>
        <translation>保养记录需要日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+102"/>
        <source>A counter reading is never negative.</source>
        <translation>计数读数不能为负数。</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>This maintenance record no longer exists.</source>
        <translation>该保养记录已不存在。</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>A counter reading needs its day.</source>
        <translation>计数读数需要日期。</translation>
    </message>
</context>
<context>
    <name>MergeConflicts</name>
    <message>
        <location filename="../../core/network/MergeConflicts.cpp" line="+116"/>
        <source>The conflict is about a table this version does not merge: %1.</source>
        <translation>该冲突涉及本版本不合并的数据表：%1。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The conflict was resolved already.</source>
        <translation>该冲突已经处理过。</translation>
    </message>
</context>
<context>
    <name>OperatorIdentity</name>
    <message>
        <location filename="../../ui/settings/OperatorIdentity.cpp" line="+61"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>OrderHistoryText</name>
    <message>
        <location filename="../../ui/flow/OrderHistoryText.cpp" line="+45"/>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order id</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>上门次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>返修率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault code</source>
        <translation>故障代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responded</source>
        <translation>已响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysed</source>
        <translation>已分析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solution agreed</source>
        <translation>方案已确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implemented</source>
        <translation>已完工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the data</source>
        <translation>不在数据中</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no longer in the workbook (#%1)</source>
        <translation>已不在工作簿中（#%1）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Generated with the demonstration data of this workbook</source>
        <translation>随本工作簿的演示数据生成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created from the event log %1</source>
        <translation>由事件日志 %1 创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported with a batch of orders</source>
        <translation>随一批工单导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
</context>
<context>
    <name>OrderImporter</name>
    <message>
        <location filename="../../core/flow/EventImport.cpp" line="-344"/>
        <location filename="../../core/flow/OrderImporter.cpp" line="+165"/>
        <source>an order id is required</source>
        <translation>需要工单号</translation>
    </message>
    <message>
        <location filename="../../core/flow/OrderImporter.cpp" line="+118"/>
        <source>this order id appears earlier in the file</source>
        <translation>这个工单号在文件前面已经出现过</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>expected a time such as 2026-10-31 14:30</source>
        <translation>应为时间，例如 2026-10-31 14:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a time such as 2026-10-31 14:30 or in the format %1</source>
        <translation>应为时间，例如 2026-10-31 14:30，或格式 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>outside the plausible range, 2000-01-01 to a year from now</source>
        <translation>超出合理范围（2000-01-01 至一年后）</translation>
    </message>
    <message>
        <location line="-381"/>
        <source>the time the order was received is required</source>
        <translation>需要受理时间</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>earlier than the time the order was received</source>
        <translation>早于工单受理时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>earlier than %1 (%2); stage times cannot go backwards</source>
        <translation>早于 %1（%2）；各环节时间不能倒退</translation>
    </message>
    <message>
        <location filename="../../core/flow/EventImport.cpp" line="-24"/>
        <location filename="../../core/flow/OrderImporter.cpp" line="+8"/>
        <source>expected phone, email, online, app, wechat or walk_in (电话, 邮件, 在线, APP, 微信, 到店)</source>
        <translation>应为 电话、邮件、在线、APP、微信 或 到店（phone、email、online、app、wechat、walk_in）</translation>
    </message>
    <message>
        <location line="-9"/>
        <location filename="../../core/flow/OrderImporter.cpp" line="+9"/>
        <source>expected urgent, high, normal or low (紧急, 高, 普通, 低)</source>
        <translation>应为 紧急、高、普通 或 低（urgent、high、normal、low）</translation>
    </message>
    <message>
        <location filename="../../core/flow/OrderImporter.cpp" line="+7"/>
        <source>expected yes or no (1/0, true/false, 是/否)</source>
        <translation>应为是或否（1/0、true/false、是/否）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a whole number, 0 or more</source>
        <translation>应为 0 或更大的整数</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the workbook has no fault codes yet: import the list first (servicelens import faults)</source>
        <translation>工作簿还没有故障代码：请先导入清单（servicelens import faults）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a code or a name of the workbook&apos;s fault list</source>
        <translation>不是工作簿故障清单中的代码或名称</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>with the stage times already stored for this order, the times would go backwards (%2 earlier than %1)</source>
        <translation>与该工单已存的各阶段时间合起来，时间会倒退（%2 早于 %1）</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>No responded_at column: for the orders this file adds, response time, responded within target and SLA met are not in the data.</source>
        <translation>没有 responded_at（响应时间）列：对本文件新增的工单，响应时长、响应及时率和 SLA 达成率不在数据中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No %1 column: for the orders this file adds, first-time fix is not in the data.</source>
        <translation>没有 %1 列：对本文件新增的工单，一次修复率不在数据中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No reopened column: for the orders this file adds, the reopen rate is not in the data.</source>
        <translation>没有 reopened（返修次数）列：对本文件新增的工单，返修率不在数据中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No closed_at column: the orders stay open, and the resolution figures cannot count them.</source>
        <translation>没有 closed_at（关闭时间）列：这些工单保持未关闭，解决时长类指标无法计入。</translation>
    </message>
</context>
<context>
    <name>OrderPrintout</name>
    <message>
        <location filename="../../ui/flow/OrderPrintout.cpp" line="+36"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault described</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolution due</source>
        <translation>解决期限</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Service order %1</source>
        <translation>服务工单 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <location filename="../../core/flow/OrderRepository.cpp" line="+86"/>
        <source>An order needs an order id.</source>
        <translation>工单需要工单号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An order needs a branch.</source>
        <translation>工单需要所属网点。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An order needs the time it was received.</source>
        <translation>工单需要受理时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits cannot be negative.</source>
        <translation>上门次数不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reopen count cannot be negative.</source>
        <translation>返修次数不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A closed order needs its closing time.</source>
        <translation>已关闭的工单需要关闭时间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>responded</source>
        <translation>响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>analysed</source>
        <translation>分析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>solution agreed</source>
        <translation>方案确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>implemented</source>
        <translation>完工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>followed up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>received</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1: the %2 time is earlier than the %3 time; stage times cannot go backwards.</source>
        <translation>工单 %1：%2时间早于%3时间；各环节时间不能倒退。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The order&apos;s branch does not exist.</source>
        <translation>工单所属的网点不存在。</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>The workbook lacks the trigger that counts orders per month.</source>
        <translation>工作簿缺少按月统计工单的触发器。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Order %1 was changed elsewhere (in another window or program) after you opened it; your changes were not saved. Open it again to see the latest and redo them.</source>
        <translation>工单 %1 在您打开后已在其他位置（另一个窗口或程序）被修改；您的更改未保存。请重新打开查看最新内容后再修改。</translation>
    </message>
    <message>
        <location line="-306"/>
        <source>The order id “%1” already exists in this branch.</source>
        <translation>本网点已存在工单号“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/flow/OrderDetails.cpp" line="+77"/>
        <location filename="../../core/flow/OrderRepository.cpp" line="+301"/>
        <location line="+42"/>
        <source>The order no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
</context>
<context>
    <name>OrderWorkflow</name>
    <message>
        <location filename="../../core/flow/OrderWorkflow.cpp" line="+68"/>
        <source>The order no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Order %1 has already been responded to.</source>
        <translation>工单 %1 已经响应过。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Order %1 is closed; reopen it first.</source>
        <translation>工单 %1 已关闭，请先重新打开。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 is waiting; end the wait first.</source>
        <translation>工单 %1 正在等待中，请先结束等待。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An order is received only once.</source>
        <translation>工单只能受理一次。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Order %1 has already reached “%2”.</source>
        <translation>工单 %1 已到达“%2”。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order %1 is closed or already waiting.</source>
        <translation>工单 %1 已关闭或已在等待中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1: a wait cannot start before the order was received.</source>
        <translation>工单 %1：等待不能早于受理时间开始。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Order %1 is not waiting.</source>
        <translation>工单 %1 未在等待中。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order %1: the wait cannot end before it started.</source>
        <translation>工单 %1：等待的结束时间不能早于开始时间。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only a closed order can be reopened.</source>
        <translation>只有已关闭的工单才能重新打开。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1: it cannot be reopened before it was closed.</source>
        <translation>工单 %1：重新打开的时间不能早于关闭时间。</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <location filename="../../core/io/OutputFile.cpp" line="+76"/>
        <source>The disk is full: “%1” could not be written. Nothing was written and an earlier file of that name is unchanged.</source>
        <translation>磁盘已满：无法写入“%1”。未写入任何内容，同名的原有文件保持不变。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” cannot be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No private temporary folder could be made: %1</source>
        <translation>无法创建私有临时文件夹：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is a folder; give the name of the file to write.</source>
        <translation>“%1”是文件夹；请给出要写入的文件名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not an ordinary file; ServiceLens writes only to files.</source>
        <translation>“%1”不是普通文件；ServiceLens 只写入文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is a database (a workbook?). An export never replaces a database; choose another file name.</source>
        <translation>“%1”是数据库（工作簿？）。导出绝不会覆盖数据库；请换一个文件名。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” belongs to the database “%2”; an export never replaces it. Choose another file name.</source>
        <translation>“%1”属于数据库“%2”；导出绝不会覆盖它。请换一个文件名。</translation>
    </message>
    <message>
        <location line="+153"/>
        <location line="+9"/>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
</context>
<context>
    <name>PackFile</name>
    <message>
        <location filename="../../core/network/PackFile.cpp" line="+120"/>
        <source>The pack has no table “%1”.</source>
        <translation>数据包中没有数据表“%1”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pack could not be read.</source>
        <translation>无法读取数据包。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is not a ServiceLens pack (it has no manifest).</source>
        <translation>该文件不是 ServiceLens 数据包（没有清单）。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 cannot be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>%1 cannot be merged: %2</source>
        <translation>%1 无法合并：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it cannot be read.</source>
        <translation>无法读取。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>it is not a ServiceLens pack.</source>
        <translation>它不是 ServiceLens 数据包。</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+18"/>
        <source>the file is damaged or cut short (copy it again from the branch).</source>
        <translation>文件已损坏或不完整（请从网点重新复制）。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>it cannot be opened.</source>
        <translation>无法打开。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it is of pack format %1; this version of ServiceLens reads format %2.</source>
        <translation>其数据包格式为 %1；本版本 ServiceLens 读取格式 %2。</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+131"/>
        <source>its manifest is incomplete.</source>
        <translation>其清单不完整。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its content does not match its digest: it was altered or damaged after the branch wrote it (ask the branch for the pack again).</source>
        <translation>其内容与摘要不符：网点写出后被改动或损坏（请网点重新发送数据包）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>digest %1, content %2</source>
        <translation>摘要 %1，内容 %2</translation>
    </message>
</context>
<context>
    <name>PackMerger</name>
    <message>
        <location filename="../../core/network/MergedBranch.cpp" line="+41"/>
        <source>This store already has a branch %1 that is another workbook than the one that wrote this pack. Two branches cannot share a code: give one of them another code and pack again.</source>
        <translation>本库已有网点 %1，但它与写出此数据包的工作簿不是同一个。两个网点不能共用一个代码：请为其中一个换一个代码后重新打包。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>store %1, pack %2</source>
        <translation>本库 %1，数据包 %2</translation>
    </message>
    <message>
        <location filename="../../core/network/PackMerger.cpp" line="+391"/>
        <source>%1 could not be copied into a private temporary folder to be checked (the pack cannot be read, or that folder&apos;s disk is full); nothing was merged.</source>
        <translation>无法把 %1 复制到私有临时文件夹中检查（数据包无法读取，或该文件夹所在磁盘已满）；未合并任何内容。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is head office&apos;s pack for its branches; a head office merges the packs its branches send.</source>
        <translation>%1 是总部发给网点的数据包；总部库只合并网点发来的数据包。</translation>
    </message>
</context>
<context>
    <name>PackStaging</name>
    <message>
        <location filename="../../core/network/PackStaging.cpp" line="+111"/>
        <source>The pack cannot be read.</source>
        <translation>无法读取数据包。</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+30"/>
        <location line="+7"/>
        <source>The store could not be written.</source>
        <translation>无法写入总部数据库。</translation>
    </message>
</context>
<context>
    <name>PackUpgrade</name>
    <message>
        <location filename="../../core/network/PackUpgrade.cpp" line="+92"/>
        <source>The pack&apos;s private copy could not be opened.</source>
        <translation>无法打开数据包的私有副本。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The pack, written by an earlier ServiceLens, could not be completed in its private copy (is that folder&apos;s disk full?).</source>
        <translation>该数据包由较早版本的 ServiceLens 写出，无法在其私有副本中补全（该文件夹所在磁盘是否已满？）。</translation>
    </message>
</context>
<context>
    <name>PackWriter</name>
    <message>
        <location filename="../../core/network/PackWriter.cpp" line="+136"/>
        <source>A pack cannot replace the workbook itself.</source>
        <translation>数据包不能替换工作簿本身。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists; a pack never replaces a file. Choose a new name.</source>
        <translation>%1 已存在；数据包从不替换已有文件。请另选一个文件名。</translation>
    </message>
</context>
<context>
    <name>PlanImporter</name>
    <message>
        <location filename="../../core/equipment/PlanImporter.cpp" line="+41"/>
        <source>expected a whole number from %1 to %2</source>
        <translation>应为 %1 到 %2 的整数</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>no piece of equipment has this code at branch %1</source>
        <translation>网点 %1 没有这个编号的设备</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a plan is for a piece (设备编号) or for every piece of a kind (设备类别)</source>
        <translation>保养计划需针对一台设备（设备编号）或一类设备（设备类别）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a plan name is required</source>
        <translation>必须填写保养项目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected working_days (工作日), monthly (每月), quarterly (每季度), usage (使用量) or calibration (校准)</source>
        <translation>应为 工作日、每月、每季度、使用量 或 校准</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a date such as 2026-01-05</source>
        <translation>应为日期，如 2026-01-05</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no maintenance checklist has this code (inspection templates of kind maintenance; equipment-maintenance is shipped)</source>
        <translation>没有此编码的设备保养检查表（类型为“设备保养”的巡检模板；系统自带 equipment-maintenance）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected yes (是) or no (否)</source>
        <translation>应为 是 或 否</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this plan appears earlier in the file</source>
        <translation>该保养计划在文件前面已出现</translation>
    </message>
</context>
<context>
    <name>ProductCatalogue</name>
    <message>
        <location filename="../../core/org/ProductLists.cpp" line="+102"/>
        <source>A product category needs a name.</source>
        <translation>品类需要名称。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A product model needs its model code.</source>
        <translation>产品型号需要型号代码。</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>An empty text cannot be remembered.</source>
        <translation>空白的写法不能记住。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no product model “%1” in the list.</source>
        <translation>清单中没有产品型号“%1”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no product category “%1” in the list.</source>
        <translation>清单中没有品类“%1”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is a code or name of the list itself, not another spelling.</source>
        <translation>“%1”就是清单中的型号或名称本身，不是另一种写法。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is already another spelling of %2.</source>
        <translation>“%1”已经是 %2 的另一种写法。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>That spelling is no longer remembered.</source>
        <translation>这种写法已不在记录中。</translation>
    </message>
</context>
<context>
    <name>ProductImporter</name>
    <message>
        <location filename="../../core/org/ProductImporter.cpp" line="+55"/>
        <source>a model code is required</source>
        <translation>必须填写型号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this model appears earlier in the file</source>
        <translation>这个型号在文件前面已出现过</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is already another spelling of model %1</source>
        <translation>这已经是型号 %1 的另一种写法</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a date such as 2024-03-01</source>
        <translation>应为日期，例如 2024-03-01</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is already model %2&apos;s code or spelling</source>
        <translation>“%1”已经是型号 %2 的型号或写法</translation>
    </message>
</context>
<context>
    <name>RecordImporter</name>
    <message>
        <location filename="../../core/equipment/RecordImporter.cpp" line="+47"/>
        <source>expected a date such as 2026-03-10</source>
        <translation>应为日期，如 2026-03-10</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>an equipment code is required</source>
        <translation>必须填写设备编号</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no piece of equipment has this code at branch %1</source>
        <translation>网点 %1 没有这个编号的设备</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no plan of this name, nor has its kind</source>
        <translation>%1 及其类别都没有这个名称的保养计划</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a date is required</source>
        <translation>必须填写日期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected pass (合格) or fail (不合格)</source>
        <translation>应为 合格 或 不合格</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no usage counter (计数单位 in the register)</source>
        <translation>%1 没有使用计数（台账中的计数单位）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this piece&apos;s maintenance under this plan on this day appears earlier in the file</source>
        <translation>这台设备在该日期的该项保养在文件前面已出现</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../ui/report/ReportDocument.cpp" line="+132"/>
        <source>Orders received</source>
        <translation>受理工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/ReviewDocument.cpp" line="+146"/>
        <source>Orders closed</source>
        <translation>关闭工单</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="-6"/>
        <location filename="../../ui/report/ReviewDocument.cpp" line="+5"/>
        <source>SLA met</source>
        <translation>SLA 达成率</translation>
    </message>
    <message>
        <location filename="../../core/report/ReportXlsx.cpp" line="+218"/>
        <location filename="../../ui/report/ReportDocument.cpp" line="+1"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+1"/>
        <location filename="../../ui/report/ReviewDocument.cpp" line="-2"/>
        <source>First-time fix</source>
        <translation>一次修复率</translation>
    </message>
    <message>
        <location line="-147"/>
        <location filename="../../ui/report/ReviewDocument.cpp" line="+3"/>
        <source>Reopened</source>
        <translation>返修率</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+100"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+1"/>
        <location filename="../../ui/report/ReviewDocument.cpp" line="+3"/>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="-107"/>
        <source>Mean inspection score</source>
        <translation>巡检平均得分</translation>
    </message>
    <message>
        <location filename="../../core/report/MonthlyReport.cpp" line="-323"/>
        <source>received</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>analysed</source>
        <translation>已分析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repaired</source>
        <translation>已完工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>followed up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/ReportDutySections.cpp" line="+76"/>
        <source>open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for parts</source>
        <translation>等待配件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walk-in</source>
        <translation>到店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>solution</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>implementation</source>
        <translation>实施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closing</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response speed</source>
        <translation>响应速度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professionalism</source>
        <translation>专业素养</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>解决效率与效果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transparency</source>
        <translation>规范性与透明度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand impression</source>
        <translation>品牌印象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall</source>
        <translation>总体满意度</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/report/SituationDocument.cpp" line="+204"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../core/report/ReportXlsx.cpp" line="+140"/>
        <location line="+52"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+48"/>
        <location filename="../../ui/report/ReportDocument.cpp" line="-67"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>360 Reviews</source>
        <translation>360度评估</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+175"/>
        <location filename="../../ui/report/ReviewDocument.cpp" line="-83"/>
        <location line="+113"/>
        <location line="+16"/>
        <source>Competency</source>
        <translation>能力项</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+1"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+1"/>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest</source>
        <translation>最低</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Highest</source>
        <translation>最高</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+2"/>
        <source>Below the threshold</source>
        <translation>低于阈值</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Branches</source>
        <translation>网点对比</translation>
    </message>
    <message>
        <location filename="../../core/report/FeedbackXlsx.cpp" line="+149"/>
        <location filename="../../core/report/ReportXlsx.cpp" line="+2"/>
        <location line="+36"/>
        <location filename="../../ui/report/FeedbackDocument.cpp" line="+270"/>
        <location filename="../../ui/report/ReportNetworkSections.cpp" line="+33"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../core/report/ReportXlsx.cpp" line="-35"/>
        <location filename="../../ui/report/ReportNetworkSections.cpp" line="+1"/>
        <source>Data until</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vs network</source>
        <translation>与全网相比</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>above (99.8 %)</source>
        <translation>高于（99.8 %）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below (99.8 %)</source>
        <translation>低于（99.8 %）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/report/ReportNetworkSections.cpp" line="+17"/>
        <source>Network (all branches)</source>
        <translation>全网（全部网点）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each branch</source>
        <translation>各网点指标</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+47"/>
        <location filename="../../ui/report/ReportDocument.cpp" line="+2"/>
        <source>Previous month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+47"/>
        <location filename="../../ui/report/ReportDocument.cpp" line="+1"/>
        <source>Same month last year</source>
        <translation>去年同月</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+47"/>
        <location filename="../../ui/report/ReportDocument.cpp" line="+1"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+47"/>
        <source>Key</source>
        <translation>指标代码</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bottleneck stage (longest median dwell, hours)</source>
        <translation>瓶颈环节（停留时长中位数最长，小时）</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../ui/report/ReportCover.cpp" line="+99"/>
        <source>No orders, surveys or inspections in this month.</source>
        <translation>本月没有工单、回访或巡检记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit trail head</source>
        <translation>审计链头</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Service level this month and last</source>
        <translation>本月与上月服务水平</translation>
    </message>
    <message>
        <location line="-360"/>
        <location filename="../../core/report/ReportXlsxQuality.cpp" line="+73"/>
        <location filename="../../ui/report/ReportQualitySections.cpp" line="+73"/>
        <source>Orders</source>
        <translation>工单明细</translation>
    </message>
    <message>
        <location filename="../../core/report/FeedbackXlsx.cpp" line="+1"/>
        <location filename="../../core/report/ReportXlsx.cpp" line="+3"/>
        <location line="+32"/>
        <location filename="../../ui/report/FeedbackDocument.cpp" line="-5"/>
        <location filename="../../ui/report/ReportDocument.cpp" line="+174"/>
        <location filename="../../ui/report/SituationDocument.cpp" line="-19"/>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../core/report/ReportXlsx.cpp" line="-32"/>
        <location line="+32"/>
        <location line="+190"/>
        <location filename="../../ui/report/FeedbackDocument.cpp" line="+1"/>
        <location filename="../../ui/report/ReportDocument.cpp" line="+1"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/report/FeedbackDocument.cpp" line="+2"/>
        <source>Description</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/report/ReportXlsx.cpp" line="-221"/>
        <location line="+150"/>
        <location line="+72"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="-76"/>
        <source>Closed</source>
        <translation>关闭工单</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cases</source>
        <translation>案例</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../core/report/ReportXlsx.cpp" line="-222"/>
        <location line="+36"/>
        <location line="+96"/>
        <location filename="../../ui/report/ReportDocument.cpp" line="-174"/>
        <location line="+178"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="-46"/>
        <location filename="../../ui/report/SituationDocument.cpp" line="-103"/>
        <location line="+44"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../core/report/ReportXlsx.cpp" line="-131"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../core/report/FeedbackXlsx.cpp" line="-125"/>
        <location filename="../../core/report/ReportXlsx.cpp" line="+1"/>
        <location line="+30"/>
        <location line="+20"/>
        <location filename="../../core/report/ReportXlsxQuality.cpp" line="-57"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../ui/report/FeedbackDocument.cpp" line="-25"/>
        <source>(no code)</source>
        <translation>（无代码）</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../core/report/ReportXlsx.cpp" line="-50"/>
        <location line="+30"/>
        <location filename="../../ui/report/ReportDocument.cpp" line="-3"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../core/report/ReportXlsx.cpp" line="-29"/>
        <location line="+30"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="-30"/>
        <location filename="../../ui/report/SituationDocument.cpp" line="+57"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <location filename="../../ui/report/SituationDocument.cpp" line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>上门次数</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Complaint orders</source>
        <translation>投诉工单</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/report/ReportDocument.cpp" line="+1"/>
        <source>Complaint details</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/ReportDocument.cpp" line="+1"/>
        <source>Resolution note</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/ReportDocument.cpp" line="+36"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/ReportDocument.cpp" line="+1"/>
        <source>Mean (1-5)</source>
        <translation>平均分（1-5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/ReportDocument.cpp" line="+1"/>
        <source>Share satisfied</source>
        <translation>满意占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/ReportDocument.cpp" line="+1"/>
        <source>Answers</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/ReportDocument.cpp" line="+1"/>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../ui/report/ReportDocument.cpp" line="+14"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/ReportDocument.cpp" line="+1"/>
        <source>Comments</source>
        <translation>评论数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/ReportDocument.cpp" line="+1"/>
        <source>Sample comment</source>
        <translation>评论示例</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inspections</source>
        <translation>巡检</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="-39"/>
        <source>Completed</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+1"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+1"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+1"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+1"/>
        <location line="+23"/>
        <source>Findings</source>
        <translation>问题项</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Seal (SHA-256)</source>
        <translation>封存码（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../core/report/FeedbackXlsx.cpp" line="+15"/>
        <location filename="../../core/report/ReportXlsx.cpp" line="+7"/>
        <location line="+35"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="-17"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/report/ReportXlsx.cpp" line="-34"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+1"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../core/report/ReportXlsx.cpp" line="+8"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+14"/>
        <source>Failed item</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+1"/>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked</source>
        <translation>检查次数</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+8"/>
        <location filename="../../ui/report/SituationDocument.cpp" line="-36"/>
        <source>Corrective actions</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+2"/>
        <source>Action</source>
        <translation>整改内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+1"/>
        <location filename="../../ui/report/SituationDocument.cpp" line="-24"/>
        <location line="+78"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/ReportDutySections.cpp" line="-50"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+1"/>
        <location filename="../../ui/report/ReviewDocument.cpp" line="+2"/>
        <location filename="../../ui/report/SituationDocument.cpp" line="-77"/>
        <location line="+78"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="-46"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+45"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+164"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="-43"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="-73"/>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+71"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Resolution (wd)</source>
        <translation>解决时长（工作日）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/report/ReportDocument.cpp" line="-29"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+7"/>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+29"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+1"/>
        <location filename="../../ui/report/ReviewDocument.cpp" line="-16"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+1"/>
        <source>Trainer</source>
        <translation>讲师</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+1"/>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+1"/>
        <source>Attendees</source>
        <translation>参训人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="+1"/>
        <source>Mean score gain</source>
        <translation>平均提分</translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportCover.cpp" line="-62"/>
        <location filename="../../ui/report/ReportDocument.cpp" line="+45"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="+162"/>
        <source>Monthly service report</source>
        <translation>月度服务报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All branches (%1)</source>
        <translation>全部网点（%1 个）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 vs previous month</source>
        <translation>较上月 %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Figures as defined in the ServiceLens KPI rules, over all the branches&apos; orders, each branch&apos;s days in its own time zone; working days follow the official holiday calendar.</source>
        <translation>指标按 ServiceLens 指标规则计算，基于全部网点的工单，各网点的日期按其所在时区；工作日按官方节假日日历计算。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figures as defined in the ServiceLens KPI rules, in the branch&apos;s time zone (%1); working days follow the official holiday calendar. Customers&apos; phone numbers are masked.</source>
        <translation>各项数据按 ServiceLens 指标规则计算，时间以网点所在时区（%1）为准；工作日依据国家法定节假日安排。客户电话号码已打码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Provisional: some branches&apos; data does not reach the month&apos;s end yet.</source>
        <translation>暂定：部分网点的数据尚未覆盖到月底。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit trail head when this report was made: %1 (checked against the workbook later, it proves that the trail up to it was not rewritten).</source>
        <translation>生成本报表时的审计链头：%1（日后与工作簿核对，可证明截至该处的审计轨迹未被改写）。</translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportDocument.cpp" line="-261"/>
        <source>1. Summary against targets</source>
        <translation>一、指标与目标</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>2. Service flow</source>
        <translation>二、服务流程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 orders received and %2 closed; %3 open at the month&apos;s end. SLA met: %4; first-time fix: %5; mean resolution %6 working days.</source>
        <translation>本月受理工单 %1 张，关闭 %2 张，月末未结 %3 张。SLA 达成率 %4，一次修复率 %5，平均解决时长 %6 个工作日。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Orders received and closed, last 12 months</source>
        <translation>近 12 个月受理与关闭工单</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SLA met and first-time fix, last 12 months</source>
        <translation>近 12 个月 SLA 达成率与一次修复率</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Median time in each stage (hours)</source>
        <translation>各环节停留时长中位数（小时）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bottleneck: orders wait longest in %1 (median %2 hours).</source>
        <translation>瓶颈：工单在“%1”环节停留最久（中位数 %2 小时）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The month&apos;s process map</source>
        <translation>本月流程图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The real paths of the %1 orders closed in the month: each place with the orders that passed through it, each move with its orders and median time. Dashed red moves go back: reopenings (%2 orders). %3 distinct paths; the most common below.</source>
        <translation>本月关闭的 %1 张工单的实际流转路径：每个环节标出经过它的工单数，每条流转标出工单数和耗时中位数。红色虚线为回退，即返修重开（%2 张工单）。共 %3 种不同路径，最常见的列于下表。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Moves made by under 1 % of the orders, not drawn: %1</source>
        <translation>不足 1% 工单经过的流转未画出：%1 条</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of orders</source>
        <translation>工单数</translation>
    </message>
    <message>
        <location filename="../../core/report/FeedbackXlsx.cpp" line="-47"/>
        <location filename="../../ui/report/FeedbackDocument.cpp" line="-9"/>
        <location filename="../../ui/report/ReportDocument.cpp" line="+1"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportDocument.cpp" line="+18"/>
        <source>3. Complaints</source>
        <translation>三、投诉</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaints: %1, that is %2 of the orders received.</source>
        <translation>投诉 %1 件，占受理工单的 %2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Complaints by category</source>
        <translation>投诉按类别</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No complaints this month.</source>
        <translation>本月无投诉。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>4. Customer satisfaction</source>
        <translation>四、客户满意度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 surveys sent, %2 answered (%3). CSAT %4, NPS %5.</source>
        <translation>发出回访 %1 份，回复 %2 份（%3）。满意度 %4，NPS %5。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer satisfaction (CSAT), last 12 months</source>
        <translation>近 12 个月客户满意度</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dimensions and what drives overall satisfaction</source>
        <translation>各维度得分及对总体满意度的影响</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What customers wrote about</source>
        <translation>客户评价主题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No comments this month.</source>
        <translation>本月无客户评论。</translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPeopleSections.cpp" line="-162"/>
        <source>5. Inspections and corrective actions</source>
        <translation>五、巡检与整改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspections completed: %1, failed: %2, mean score %3. Corrective actions open at the month&apos;s end: %4, of them overdue: %5.</source>
        <translation>完成巡检 %1 次，不合格 %2 次，平均得分 %3。月末未完成整改 %4 项，其中逾期 %5 项。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mean inspection score, last 12 months</source>
        <translation>近 12 个月巡检平均得分</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Corrective actions open at each month&apos;s end</source>
        <translation>各月末未完成的整改措施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open at month end</source>
        <translation>月末未完成</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Seal</source>
        <translation>封存码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No inspection completed this month.</source>
        <translation>本月未完成巡检。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seal: the first digits of the SHA-256 of the inspection&apos;s content, fixed when it was completed or amended; Help ▸ Verify Workbook recomputes it, so this report can be matched to the workbook.</source>
        <translation>封存码：巡检内容 SHA-256 哈希值的前几位，在完成或修订时确定；“帮助 ▸ 核验工作簿”会重新计算，可据此将本报告与工作簿核对。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items found failing</source>
        <translation>不合格项目</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No corrective action open or closed this month.</source>
        <translation>本月无未完成或已完成的整改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>6. Team and training</source>
        <translation>六、团队与培训</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First-time fix by technician</source>
        <translation>各技术员一次修复率</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resolution, working days</source>
        <translation>解决时长
（工作日）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Survey answers</source>
        <translation>回访数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No technician closed an order this month.</source>
        <translation>本月没有技术员关闭工单。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Grey: fewer than %1 closed orders or %2 survey answers — too few to compare.</source>
        <translation>灰色：关闭工单少于 %1 张或回访少于 %2 份——样本太少，不宜比较。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trainings held</source>
        <translation>本月培训</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No training held this month.</source>
        <translation>本月未举办培训。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>360-degree review %1 closed: %2</source>
        <translation>360度评估 %1 已结束：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period reviewed: %1 to %2. %3 people reviewed; %4 of %5 forms answered; %6 groups hidden under three answers. The previous plans: %7 goals reviewed, %8 achieved. Plans written after this cycle: %9.</source>
        <translation>评估期间：%1 至 %2。被评 %3 人；%5 份问卷收回 %4 份；%6 个评价组不足三份而未显示。上期发展计划：回顾 %7 个目标，达成 %8 个。本周期后制定发展计划：%9 人。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lowest – highest</source>
        <translation>最低 – 最高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No result could be shown.</source>
        <translation>没有可显示的结果。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The others&apos; means of each person (the colleagues&apos; shown groups), spread over each team; below the threshold of %1: people to train.</source>
        <translation>每人的他评均分（已显示的同事评价组）在各班组内的分布；低于阈值 %1 的：需要培训的人。</translation>
    </message>
    <message>
        <location filename="../../ui/report/FeedbackDocument.cpp" line="-182"/>
        <location line="+11"/>
        <source>R&amp;D feedback: product defects</source>
        <translation>研发反馈：产品缺陷</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/report/SituationDocument.cpp" line="-174"/>
        <source>written %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the service network&apos;s repairs say about the products: the models whose rate of repairs rose beyond what their own past makes likely (or the models asked for), the faults behind the rise, the repairs themselves as evidence, and the cases that fix them. A rate is per 1,000 units in the field where the installed base is known, else the model&apos;s share of its category&apos;s repairs; each month is judged against the twelve before it (centre, and centre + 3σ as the upper limit).</source>
        <translation>服务网点的维修记录对产品说明了什么：维修率超出自身历史合理范围的型号（或指定的型号）、上升背后的故障、作为证据的维修工单，以及能解决问题的案例。已知保有量时，维修率按每千台在用产品计；否则为该型号在其品类维修中的占比。每个月都与之前十二个月比较（中心线，以及中心线 + 3σ 作为上控制限）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Commonest fault</source>
        <translation>最常见故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model signals this month: every listed model&apos;s repairs stayed within their limits (or had too short a history to judge).</source>
        <translation>本月没有型号发出信号：清单中每个型号的维修都在控制限以内（或历史太短，无法判断）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The models asked for</source>
        <translation>指定的型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The models that signal</source>
        <translation>发出信号的型号</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Category %1.</source>
        <translation>品类：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Launched %1, %2 months in service.</source>
        <translation>上市日期 %1，已投放 %2 个月。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Launched %1.</source>
        <translation>上市日期 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In %1: %2 repairs among %3 units in the field, %4 per 1,000 units; centre %5, upper limit %6.</source>
        <translation>%1：保有量 %3 台中维修 %2 次，每千台 %4；中心线 %5，上控制限 %6。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In %1: %2 repairs, %3 of the category&apos;s repairs (the installed base is not known); centre %4, upper limit %5.</source>
        <translation>%1：维修 %2 次，占品类维修的 %3（保有量未知）；中心线 %4，上控制限 %5。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The model&apos;s own rate does not signal; one of its fault codes does.</source>
        <translation>型号整体维修率未发出信号；其某个故障代码发出了信号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signals: %1.</source>
        <translation>信号：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signalled every month since %1.</source>
        <translation>自 %1 起每月都发出信号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No signal this month.</source>
        <translation>本月无信号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fewer than six of the twelve months before have a rate: no limits, so no signal can be judged.</source>
        <translation>之前十二个月中有维修率的月份不足六个：没有控制限，无法判断信号。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Share of the category&apos;s repairs, by month</source>
        <translation>占品类维修的比例（按月）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repairs per 1,000 units in the field, by month</source>
        <translation>每千台保有量的维修数（按月）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signalled month</source>
        <translation>发出信号的月份</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The month&apos;s repairs by fault code</source>
        <translation>本月维修按故障代码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>No repair this month.</source>
        <translation>本月无维修。</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The repairs: %1 of %2, signalled faults first</source>
        <translation>维修工单：%2 单中的 %1 单，发出信号的故障在前</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repairs (%1)</source>
        <translation>维修工单（%1）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The customers&apos; own words as the branch recorded them; no name or phone number leaves the branch in this report.</source>
        <translation>客户的原话，按网点记录；本报告不含任何姓名或电话号码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cases that fix it</source>
        <translation>解决问题的案例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case library has no case for this model or its fault codes yet. A technician can write one from a closed repair (the order&apos;s Cases tab).</source>
        <translation>案例库中还没有针对此型号或其故障代码的案例。技术员可以从已关闭的维修工单写一个（工单的“案例”页）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>draft, not yet approved</source>
        <translation>草稿，待批准</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>used on %1 of this month&apos;s repairs, %2 orders in all</source>
        <translation>用于本月 %1 单维修，累计 %2 单</translation>
    </message>
    <message>
        <location line="+68"/>
        <location filename="../../ui/report/ReportDocument.cpp" line="+17"/>
        <location filename="../../ui/report/ReviewDocument.cpp" line="+70"/>
        <location filename="../../ui/report/SituationDocument.cpp" line="+223"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../core/report/NetworkReport.cpp" line="+20"/>
        <source>All branches</source>
        <translation>全部网点</translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportNetworkSections.cpp" line="-27"/>
        <source>2. Branches side by side</source>
        <translation>二、各网点对比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provisional: the data of some branches does not reach the end of the month yet (their “data until” is marked), so these figures may change.</source>
        <translation>暂定：部分网点的数据尚未覆盖到月底（其“数据截至”已标出），这些数字可能变化。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no pack</source>
        <translation>无数据包</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Figures of all branches are computed over all their orders, each branch&apos;s in its own time zone. ▲/▼: beyond the 99.8 % funnel limits around the network&apos;s rate for that branch&apos;s number of orders; inside them a difference is not called one. * the branch&apos;s data stops before the month&apos;s end.</source>
        <translation>全网指标按全部网点的全部工单计算，各网点按其所在时区。▲/▼：超出按该网点工单量计算的全网比率 99.8 % 漏斗控制限；在控制限以内的差异不视为差异。* 该网点的数据未覆盖到月底。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Appendix %1. %2 (%3)</source>
        <translation>附录 %1. %2（%3）</translation>
    </message>
    <message>
        <location filename="../../core/report/DefectFeedback.cpp" line="+129"/>
        <source>above the limit</source>
        <translation>超出控制限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>8 months above the centre</source>
        <translation>连续 8 个月高于中心线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUSUM rise</source>
        <translation>CUSUM 上升</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 branches</source>
        <translation>%1 个网点</translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportQualitySections.cpp" line="-58"/>
        <source>7. Product quality and the case library</source>
        <translation>7. 产品质量与案例库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models that signal this month</source>
        <translation>本月出现信号的型号</translation>
    </message>
    <message>
        <location filename="../../core/report/ReportXlsxQuality.cpp" line="-4"/>
        <source>Product quality</source>
        <translation>产品质量</translation>
    </message>
    <message>
        <location filename="../../core/report/FeedbackXlsx.cpp" line="-69"/>
        <location line="+39"/>
        <location line="+28"/>
        <location line="+31"/>
        <location line="+27"/>
        <location filename="../../core/report/ReportXlsxQuality.cpp" line="+4"/>
        <location filename="../../ui/report/FeedbackDocument.cpp" line="-290"/>
        <location filename="../../ui/report/ReportQualitySections.cpp" line="+2"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+37"/>
        <location line="+29"/>
        <location line="+27"/>
        <location filename="../../core/report/ReportXlsxQuality.cpp" line="+1"/>
        <location filename="../../ui/report/FeedbackDocument.cpp" line="+2"/>
        <location line="+149"/>
        <location filename="../../ui/report/ReportQualitySections.cpp" line="+1"/>
        <source>Repairs</source>
        <translation>维修数</translation>
    </message>
    <message>
        <location line="-92"/>
        <location filename="../../core/report/ReportXlsxQuality.cpp" line="+1"/>
        <source>Units in the field</source>
        <translation>保有量</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <location filename="../../core/report/ReportXlsxQuality.cpp" line="+1"/>
        <location filename="../../ui/report/FeedbackDocument.cpp" line="-148"/>
        <location line="+118"/>
        <location filename="../../ui/report/ReportQualitySections.cpp" line="+1"/>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+36"/>
        <location filename="../../core/report/ReportXlsxQuality.cpp" line="+0"/>
        <location filename="../../ui/report/FeedbackDocument.cpp" line="+2"/>
        <location filename="../../ui/report/ReportQualitySections.cpp" line="+1"/>
        <source>Centre</source>
        <translation>中心线</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <location filename="../../core/report/ReportXlsxQuality.cpp" line="+1"/>
        <location filename="../../ui/report/FeedbackDocument.cpp" line="-119"/>
        <location line="+121"/>
        <location filename="../../ui/report/ReportQualitySections.cpp" line="+1"/>
        <source>Upper limit</source>
        <translation>上控制限</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+16"/>
        <location line="+37"/>
        <location line="+28"/>
        <location filename="../../core/report/ReportXlsxQuality.cpp" line="+0"/>
        <location filename="../../ui/report/FeedbackDocument.cpp" line="-120"/>
        <location line="+149"/>
        <location filename="../../ui/report/ReportQualitySections.cpp" line="+1"/>
        <source>Signals</source>
        <translation>信号</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/report/FeedbackDocument.cpp" line="+62"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/report/FeedbackDocument.cpp" line="-106"/>
        <source>per 1,000 units in the field</source>
        <translation>每千台保有量</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/FeedbackDocument.cpp" line="-1"/>
        <source>share of the category&apos;s repairs</source>
        <translation>占品类维修的比例</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../ui/report/FeedbackDocument.cpp" line="+179"/>
        <source>R&amp;D feedback</source>
        <translation>研发反馈</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/report/FeedbackDocument.cpp" line="-287"/>
        <source>Model name</source>
        <translation>型号名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launched</source>
        <translation>上市日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months in service</source>
        <translation>投放月数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>控制图</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without a fault code</source>
        <translation>无故障代码</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No model signals this month.</source>
        <translation>本月没有型号发出信号。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Control charts</source>
        <translation>控制图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exposure</source>
        <translation>基数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CUSUM</source>
        <translation>CUSUM</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../core/report/ReportXlsxQuality.cpp" line="+1"/>
        <location filename="../../ui/report/ReportQualitySections.cpp" line="+1"/>
        <source>Fault codes</source>
        <translation>故障代码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fault name</source>
        <translation>故障名称</translation>
    </message>
    <message>
        <location line="+60"/>
        <location filename="../../ui/report/FeedbackDocument.cpp" line="+230"/>
        <source>Symptom</source>
        <translation>症状</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/FeedbackDocument.cpp" line="+1"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/report/FeedbackDocument.cpp" line="+1"/>
        <source>Fix</source>
        <translation>处理方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used on the month&apos;s repairs</source>
        <translation>用于本月维修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used on, in all</source>
        <translation>累计使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../core/report/ReportXlsxQuality.cpp" line="+19"/>
        <location filename="../../ui/report/ReportQualitySections.cpp" line="+1"/>
        <source>No model signals this month (or no model of the product list was repaired).</source>
        <translation>本月没有型号出现信号（或产品清单中的型号都没有维修）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Beyond chance</source>
        <translation>超出偶然（1=是）</translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportQualitySections.cpp" line="+13"/>
        <source>Rates per 1,000 units in the field where the installed base is known, else the model&apos;s share of its category&apos;s repairs; each month against the twelve before it (centre, centre + 3σ). The Defects page shows every model.</source>
        <translation>已知保有量的型号为每千台维修数，否则为该型号占品类维修的比例；每月与之前十二个月相比（中心线、中心线 + 3σ）。缺陷趋势页列出全部型号。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Does the case library help?</source>
        <translation>案例库有没有用？</translation>
    </message>
    <message>
        <location filename="../../core/report/FeedbackXlsx.cpp" line="-65"/>
        <location line="+34"/>
        <location line="+26"/>
        <location filename="../../core/report/ReportXlsxQuality.cpp" line="-8"/>
        <location filename="../../ui/report/FeedbackDocument.cpp" line="-83"/>
        <location line="+35"/>
        <location filename="../../ui/report/ReportQualitySections.cpp" line="+2"/>
        <location line="+26"/>
        <source>Fault code</source>
        <translation>故障代码</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../../core/report/ReportXlsxQuality.cpp" line="+1"/>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../core/report/ReportXlsxQuality.cpp" line="+1"/>
        <location filename="../../ui/report/ReportQualitySections.cpp" line="-25"/>
        <source>With a case</source>
        <translation>用了案例</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location filename="../../ui/report/ReportQualitySections.cpp" line="+1"/>
        <location line="+2"/>
        <source>Resolution, wd</source>
        <translation>解决时长（工作日）</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+3"/>
        <location filename="../../ui/report/ReportQualitySections.cpp" line="-1"/>
        <location line="+3"/>
        <source>Without</source>
        <translation>未用</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../../ui/report/ReportQualitySections.cpp" line="-1"/>
        <source>First-time fix with</source>
        <translation>用案例时一次修复率</translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportQualitySections.cpp" line="+3"/>
        <source>No order closed this month has a fault code with an approved case.</source>
        <translation>本月关闭的工单中，没有故障代码对应已批准的案例。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Orders closed this month per fault code with an approved case: those a case was used on against the others. * a difference beyond chance (two-proportion test, 95 %).</source>
        <translation>本月关闭的工单，按有已批准案例的故障代码：用了案例的与其他工单对比。* 超出偶然范围的差异（两比例检验，95%）。</translation>
    </message>
    <message>
        <location filename="../../core/report/ReportXlsxQuality.cpp" line="+19"/>
        <location filename="../../ui/report/ReportQualitySections.cpp" line="+5"/>
        <source>Fault codes without a case</source>
        <translation>还没有案例的故障代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/report/ReportQualitySections.cpp" line="+4"/>
        <source>Working days spent</source>
        <translation>耗用工作日</translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportQualitySections.cpp" line="+1"/>
        <source>Every fault code of the month&apos;s orders has an approved case.</source>
        <translation>本月工单的每个故障代码都有已批准的案例。</translation>
    </message>
    <message>
        <location filename="../../ui/report/SituationDocument.cpp" line="-220"/>
        <source>This was a drill, not a real incident: it is kept out of every figure and called no customer.</source>
        <translation>这是一次演练，不是真实事件：不计入任何指标，也未联系任何客户。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lessons learnt</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+201"/>
        <source>Situation report</source>
        <translation>情况通报</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 hours</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportDutySections.cpp" line="-6"/>
        <source>8. Equipment and incidents</source>
        <translation>8. 设备与事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance due at the month&apos;s end</source>
        <translation>月末到期的保养</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Plan</source>
        <translation>保养项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was overdue at the month&apos;s end, nor due in the week after.</source>
        <translation>月末没有逾期的保养，之后一周内也没有到期的保养。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Breakdowns</source>
        <translation>设备故障</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Down</source>
        <translation>停机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours down</source>
        <translation>停机小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders waited</source>
        <translation>等待工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No equipment was down this month.</source>
        <translation>本月没有设备停机。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>still down</source>
        <translation>仍停机</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hours down: hours of the calendar&apos;s working days within the month. The orders that waited had their SLA clock paused as for parts where the policy pauses.</source>
        <translation>停机小时：当月内工作日的小时数。等待设备的工单与等待备件一样，在政策允许暂停时暂停其 SLA 计时。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident no.</source>
        <translation>事件编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/SituationDocument.cpp" line="+2"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/SituationDocument.cpp" line="+2"/>
        <source>Opened</source>
        <translation>启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers reached</source>
        <translation>已联系客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No incident this month.</source>
        <translation>本月没有事件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>[drill] </source>
        <translation>[演练] </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Incidents opened in the month or still open during it. Drills are listed in grey and counted in no figure; each incident&apos;s situation report is on the Incidents page.</source>
        <translation>本月启动或本月内仍在处理的事件。演练以灰色列出，不计入任何指标；每个事件的情况通报见事件页。</translation>
    </message>
    <message>
        <location filename="../../ui/report/SituationDocument.cpp" line="+2"/>
        <source>closed %1, after %2</source>
        <translation>%1 关闭，历时 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open for %1</source>
        <translation>已持续 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Led by</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contingency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>影响范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders touched</source>
        <translation>涉及工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 still open), of %3 customers</source>
        <translation>%1 张（%2 张未结），涉及客户 %3 位</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What is still open</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing: every step is done, every action finished and every listed customer called.</source>
        <translation>无：所有步骤已完成，所有措施已完成，名单中的客户均已联系。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 steps of the plan, %2 corrective actions, %3 customers still to call.</source>
        <translation>预案步骤 %1 项、整改措施 %2 项未完成，待联系客户 %3 位。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Corrective action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No corrective action was raised.</source>
        <translation>未提出整改措施。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Who was contacted</source>
        <translation>客户联系情况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A drill calls no customer.</source>
        <translation>演练不联系客户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No callback list was drawn: no customer was called about this incident.</source>
        <translation>未生成回访名单：没有就此事件联系任何客户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 customers listed: %2 reached, %3 refused, %4 unreachable after three attempts, %5 still to call.</source>
        <translation>名单共 %1 位客户：已联系 %2 位，拒绝 %3 位，三次未接通 %4 位，待联系 %5 位。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Refused, or not reached after three attempts</source>
        <translation>拒绝或三次未接通的客户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last call</source>
        <translation>最近通话</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The plan&apos;s steps</source>
        <translation>预案步骤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The incident was opened without a plan.</source>
        <translation>事件启动时未选择预案。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/report/ReviewDocument.cpp" line="-220"/>
        <source>%1 · %2 (%3) · the period reviewed: %4 to %5</source>
        <translation>%1 · %2（%3）· 评估期间：%4 至 %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer can be traced to its rater: peers, other departments and customers are shown only with three answers or more; self and manager are one person each. Others: the colleagues&apos; shown groups pooled by answer.</source>
        <translation>任何回答都无法追溯到评价人：同事、其他部门和客户至少三份回答才显示；自评和上级各为一人。他评：已显示的同事评价组按回答合并。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>360-degree review: %1 (%2)</source>
        <translation>360度评估：%1（%2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How each group sees the competencies</source>
        <translation>各评价组眼中的能力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No group can be shown: nobody answered, or too few to keep them anonymous.</source>
        <translation>没有可显示的评价组：无人作答，或人数太少无法保证匿名。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+111"/>
        <source>Others</source>
        <translation>他评</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Others − self</source>
        <translation>他评 − 自评</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Answered but hidden (under three answers): %1.</source>
        <translation>已作答但未显示（不足三份）：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Red: below the cycle&apos;s training threshold of %1. Others − self below zero: a blind spot; above: a hidden strength.</source>
        <translation>红色：低于本周期的培训阈值 %1。他评 − 自评小于零：盲点；大于零：潜在优势。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the others&apos; mean in the previous cycle, %2.</source>
        <translation>%1：上一周期（%2）的他评均分。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the orders and surveys measured</source>
        <translation>工单和回访的实测数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No measured figures: the scorecard measures technicians who closed orders in the period reviewed.</source>
        <translation>没有实测数据：绩效看板只统计评估期间关闭过工单的技术员。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not in the data</source>
        <translation>数据中没有</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolution, working days (mean)</source>
        <translation>解决时长（工作日，平均）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Satisfaction (n)</source>
        <translation>满意度（样本）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Grey: under 20 closed orders or 30 survey answers, too few to judge by.</source>
        <translation>灰色：关闭工单少于 20 张或回访少于 30 份，样本太少，不宜据此评判。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was written</source>
        <translation>书面意见</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was written.</source>
        <translation>没有书面意见。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sorted, never in the order the answers came.</source>
        <translation>已排序，不按收到的先后。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proposed training</source>
        <translation>建议培训</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: no competency the others rated below the threshold lacks a course.</source>
        <translation>无：他评低于阈值的能力项都没有待参加的课程。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions</source>
        <translation>行动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How it went</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Development plan</source>
        <translation>发展计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No plan has been written yet.</source>
        <translation>尚未制定计划。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan after %1, reviewed</source>
        <translation>%1 之后的计划回顾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No plan was written after it.</source>
        <translation>该周期之后没有制定计划。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>360-degree review</source>
        <translation>360度评估</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="+23"/>
        <source>The PDF could not be started.</source>
        <translation>无法开始生成 PDF。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>ReportXlsx</name>
    <message>
        <location filename="../../core/report/ReportXlsx.cpp" line="-194"/>
        <source> …[cut here: %1 characters in ServiceLens]</source>
        <translation> …[此处截断：ServiceLens 中共 %1 个字符]</translation>
    </message>
</context>
<context>
    <name>ResponseNames</name>
    <message>
        <location filename="../../core/survey/Response.cpp" line="+27"/>
        <source>Due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call back</source>
        <translation>待再次回访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>拒绝回访</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Face to face</source>
        <translation>面访</translation>
    </message>
</context>
<context>
    <name>ResponseRepository</name>
    <message>
        <location filename="../../core/survey/ResponseRepository.cpp" line="+125"/>
        <source>an open question takes text, not a number</source>
        <translation>开放题应填写文字，而不是数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a whole number from %1 to %2</source>
        <translation>应为 %1 到 %2 的整数</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The survey has no question “%1”.</source>
        <translation>问卷中没有题目“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”: %2, not %3</source>
        <translation>“%1”：%2，而不是 %3</translation>
    </message>
</context>
<context>
    <name>ReviewCycleDialog</name>
    <message>
        <location filename="../../ui/team/ReviewCycleDialog.cpp" line="+21"/>
        <source>New Review Cycle</source>
        <translation>新建评估周期</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>e.g. 2026 first half</source>
        <translation>例如 2026 上半年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period reviewed from:</source>
        <translation>评估期间自：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period reviewed until:</source>
        <translation>评估期间至：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers from:</source>
        <translation>开始收集：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until:</source>
        <translation>截止：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training below:</source>
        <translation>低于此分推荐培训：</translation>
    </message>
</context>
<context>
    <name>ReviewCycles</name>
    <message>
        <location filename="../../core/team/ReviewCycles.cpp" line="+104"/>
        <source>This review cycle no longer exists.</source>
        <translation>该评估周期已不存在。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A review cycle needs a code and a name.</source>
        <translation>评估周期需要编号和名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A review cycle runs from its first day to its last, in that order.</source>
        <translation>评估周期的开始日期须早于或等于结束日期。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The period reviewed runs from its first day to its last, in that order, and begins before the cycle&apos;s last day.</source>
        <translation>评估期间须从首日到末日，且开始于周期截止日之前。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The training threshold is a rating between 1 and 5.</source>
        <translation>培训阈值须为 1 到 5 之间的评分。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The branch already has a review cycle %1.</source>
        <translation>该网点已有评估周期 %1。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The raters of %1 are fixed: its codes are issued.</source>
        <translation>%1 的评价人已固定：评估码已发放。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only a person rates themself, in the self group; customers are not named as raters.</source>
        <translation>只有本人可以在自评组评价自己；客户不作为指定评价人。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A rater is named twice for the same person.</source>
        <translation>同一评价人对同一人被指定了两次。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 is closed: it takes no more answers.</source>
        <translation>%1 已结束，不再接受回答。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The codes of %1 were issued already: they are shown only once.</source>
        <translation>%1 的评估码已经发放过：评估码只显示一次。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name the raters of %1 first.</source>
        <translation>请先指定 %1 的评价人。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This code opens no form: check it, or it was used already.</source>
        <translation>该评估码无法打开问卷：请检查输入，或该码已被使用。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>An answer is for a question the questionnaire does not have.</source>
        <translation>有回答对应的题目不在问卷中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rating is a whole number 1 to 5.</source>
        <translation>评分须为 1 到 5 的整数。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 is closed already.</source>
        <translation>%1 已经结束。</translation>
    </message>
</context>
<context>
    <name>ReviewImporter</name>
    <message>
        <location filename="../../core/team/ReviewImporter.cpp" line="+63"/>
        <source>The workbook has no branch %1.</source>
        <translation>工作簿中没有网点 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workbook has no branch.</source>
        <translation>工作簿中没有网点。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the form&apos;s code is required</source>
        <translation>需要问卷的评估码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this code appears earlier in the file: a code is one form</source>
        <translation>该评估码在文件前面已出现：一个评估码只对应一份问卷</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the cycle&apos;s questionnaire has no such question</source>
        <translation>本周期的问卷没有这道题</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a whole number from 1 to 5</source>
        <translation>应为 1 到 5 的整数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the form has no answer</source>
        <translation>该问卷没有任何回答</translation>
    </message>
</context>
<context>
    <name>ReviewNames</name>
    <message>
        <location filename="../../core/team/Review.cpp" line="+27"/>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peers</source>
        <translation>同事</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other departments</source>
        <translation>其他部门</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>as yourself</source>
        <translation>本人自评</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as their manager</source>
        <translation>以上级身份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as a peer</source>
        <translation>以同事身份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from another department</source>
        <translation>以其他部门身份</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as a customer</source>
        <translation>以客户身份</translation>
    </message>
</context>
<context>
    <name>ReviewPrintouts</name>
    <message>
        <location filename="../../ui/team/ReviewPrintouts.cpp" line="+12"/>
        <source>Cut the slips apart along the dashed lines and hand them out within each group in any order. The codes cannot be shown again.</source>
        <translation>沿虚线剪开，在每个评价组内任意顺序发放。评估码不能再次显示。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type it at the kiosk or write it on the paper form: it works once.</source>
        <translation>在现场填写终端输入，或写在纸质问卷上：只能使用一次。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Code:</source>
        <translation>评估码：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviewing:</source>
        <translation>被评人：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick one box for each competency, by the description that fits best. Nothing on this form names you: hand it back folded.</source>
        <translation>每项能力按最符合的描述勾选一格。问卷上不写您的姓名：折好后交回。</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <location filename="../../core/org/Staff.cpp" line="+74"/>
        <source>Customer service</source>
        <translation>客服</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical support</source>
        <translation>技术支持</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts logistics</source>
        <translation>备件物流</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
</context>
<context>
    <name>ScheduleRepository</name>
    <message>
        <location filename="../../core/inspection/Schedule.cpp" line="+65"/>
        <source>A schedule needs a template and a first due date.</source>
        <translation>巡检计划需要模板和首次到期日期。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The schedule no longer exists.</source>
        <translation>该巡检计划已不存在。</translation>
    </message>
</context>
<context>
    <name>SetCalendarDayCommand</name>
    <message>
        <location filename="../../ui/commands/EditOrderCommand.cpp" line="+33"/>
        <source>Change %1 in the calendar</source>
        <translation>更改日历中的 %1</translation>
    </message>
</context>
<context>
    <name>SkillNames</name>
    <message>
        <location filename="../../core/team/Training.cpp" line="+67"/>
        <source>Product knowledge</source>
        <translation>产品知识</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fault diagnosis</source>
        <translation>故障诊断</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communication</source>
        <translation>沟通技巧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service standards</source>
        <translation>服务规范</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Systems</source>
        <translation>系统操作</translation>
    </message>
</context>
<context>
    <name>SlaImporter</name>
    <message>
        <location filename="../../core/flow/SlaImporter.cpp" line="+52"/>
        <source>expected urgent 紧急, high 高, normal 普通, low 低, or blank for any</source>
        <translation>应为 紧急、高、普通 或 低（urgent、high、normal、low），留空表示任意</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a number of hours above 0, such as 4 or 0.5</source>
        <translation>应为大于 0 的小时数，如 4 或 0.5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a whole number of working days, 0 or more</source>
        <translation>应为 0 或以上的整数工作日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected yes or no (是/否, 1/0)</source>
        <translation>应为是或否（是/否、1/0）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1 already sets the targets for %2</source>
        <translation>第 %1 行已为%2设定时限</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file has no policy rows; the SLA policies were left as they are.</source>
        <translation>该文件没有任何政策行；服务时限政策保持不变。</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The file would replace the policy table and remove %n earlier row(s) not in it (%1).</source>
        <translation>
            <numerusform>该文件将替换整个服务时限政策表，并删除文件中没有的 %n 条原有政策（%1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The file replaces the policy table and removes %n earlier row(s) not in it (%1). Orders no row matches keep KPI.md&apos;s default for their priority.</source>
        <translation>
            <numerusform>该文件替换了整个服务时限政策表，并删除了文件中没有的 %n 条原有政策（%1）。没有政策匹配的工单按 KPI.md 中其优先级的默认时限计算。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlaPolicyRepository</name>
    <message>
        <location filename="../../core/flow/SlaPolicy.cpp" line="+43"/>
        <source>KPI.md&apos;s default for priority %1</source>
        <translation>KPI.md 中优先级“%1”的默认时限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>category %1, priority %2</source>
        <translation>类别 %1，优先级 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>category %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>priority %1</source>
        <translation>优先级 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any order</source>
        <translation>任意工单</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The response target must be more than 0 hours.</source>
        <translation>响应时限必须大于 0 小时。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The resolution target cannot be negative.</source>
        <translation>解决时限不能为负数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A category must not begin or end with spaces.</source>
        <translation>类别的开头和结尾不能有空格。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Two policies are for the same orders: %1.</source>
        <translation>两条政策针对同一类工单：%1。</translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <location filename="../../core/storage/SqlQuery.cpp" line="+55"/>
        <source>The workbook could not be read.</source>
        <translation>无法读取工作簿。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workbook could not be read or written.</source>
        <translation>无法读写工作簿。</translation>
    </message>
</context>
<context>
    <name>StaffDirectory</name>
    <message>
        <location filename="../../core/org/StaffDirectory.cpp" line="+89"/>
        <source>%1 staff members are called “%2” (%3); write the staff code</source>
        <translation>有 %1 名员工都叫“%2”（%3）；请写工号</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>staff code %1 is %2, not %3</source>
        <translation>工号 %1 是 %2，不是 %3</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>no staff member has this code or name; add them to the staff list, or let the import create them (--create-staff; the import dialog asks)</source>
        <translation>没有此工号或姓名的员工；请先加入员工名单，或由导入自动创建（--create-staff；导入对话框会先询问）</translation>
    </message>
</context>
<context>
    <name>StaffImporter</name>
    <message>
        <location filename="../../core/org/StaffImporter.cpp" line="+42"/>
        <source>a staff code is required</source>
        <translation>需要工号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this staff code appears earlier in the file</source>
        <translation>这个工号在文件前面已经出现过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a name is required</source>
        <translation>需要姓名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected customer_service, technical_support, parts_logistics, quality or manager (客服, 技术支持, 备件物流, 质量, 经理)</source>
        <translation>应为 客服、技术支持、备件物流、质量 或 经理（customer_service、technical_support、parts_logistics、quality、manager）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a date such as 2024-03-01</source>
        <translation>应为日期，例如 2024-03-01</translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <location filename="../../core/org/Staff.cpp" line="+30"/>
        <source>A staff member needs a staff code.</source>
        <translation>员工需要工号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A staff member needs a name.</source>
        <translation>员工需要姓名。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+24"/>
        <location line="+34"/>
        <source>The staff code “%1” is already in use.</source>
        <translation>工号“%1”已被使用。</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+28"/>
        <location line="+15"/>
        <source>The staff member no longer exists.</source>
        <translation>该员工已不存在。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has service orders and cannot be deleted; deactivate them instead so their history stays.</source>
        <translation>%1 有服务工单，不能删除；请改为停用，以保留其历史记录。</translation>
    </message>
</context>
<context>
    <name>StageEventRepository</name>
    <message>
        <location filename="../../core/flow/StageEvent.cpp" line="+128"/>
        <source>The step was changed meanwhile elsewhere.</source>
        <translation>该步骤已在别处被修改。</translation>
    </message>
</context>
<context>
    <name>StoreUrl</name>
    <message>
        <location filename="../../core/storage/StoreUrl.cpp" line="+23"/>
        <source>“%1” is not a PostgreSQL store URL: %2 Write it as postgresql://user@host:port/database.</source>
        <translation>“%1”不是 PostgreSQL 数据库地址：%2 请写成 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it does not start with postgresql://.</source>
        <translation>不是以 postgresql:// 开头。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server&apos;s name is missing.</source>
        <translation>缺少服务器名称。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the database&apos;s name is missing.</source>
        <translation>缺少数据库名称。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the option “%1” cannot be used.</source>
        <translation>不能使用选项“%1”。</translation>
    </message>
</context>
<context>
    <name>SurveyImporter</name>
    <message>
        <location filename="../../core/survey/SurveyImporter.cpp" line="+90"/>
        <source>The workbook has no survey “%1”.</source>
        <translation>工作簿中没有问卷“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workbook has no branch.</source>
        <translation>工作簿中没有网点。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The workbook has no branch “%1”.</source>
        <translation>工作簿中没有网点“%1”。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a response id is required</source>
        <translation>回访编号必填</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this response id appears earlier in the file</source>
        <translation>该回访编号在文件前面已经出现过</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no service order has this id; import the orders first</source>
        <translation>没有这个工单号；请先导入工单</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the time the survey was sent is required</source>
        <translation>发送时间必填</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>expected a time such as 2026-10-31 14:30</source>
        <translation>应为时间，例如 2026-10-31 14:30</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+9"/>
        <source>outside the plausible range, 2000-01-01 to a year from now</source>
        <translation>超出合理范围（2000-01-01 至一年后）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>earlier than the time it was sent</source>
        <translation>早于发送时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected phone, sms, online or face (电话, 短信, 在线, 面访)</source>
        <translation>应为 电话、短信、在线 或 面访（phone、sms、online、face）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+40"/>
        <source>a response with answers needs the time it was answered</source>
        <translation>有答案的回访需要回复时间</translation>
    </message>
</context>
<context>
    <name>SurveyJson</name>
    <message>
        <location filename="../../core/survey/SurveyJson.cpp" line="+21"/>
        <source>a survey needs a code</source>
        <translation>问卷需要代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a survey needs a name</source>
        <translation>问卷需要名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a survey needs at least one question</source>
        <translation>问卷至少需要一道题</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a question needs a code</source>
        <translation>题目需要代码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the question code “%1” is used twice</source>
        <translation>题目代码“%1”重复使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a question needs its words</source>
        <translation>题目需要题干</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a single-choice question needs two options or more</source>
        <translation>单选题至少需要两个选项</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>“%1”: expected likert5, csat5, ces7, nps, single or text</source>
        <translation>“%1”：应为 likert5、csat5、ces7、nps、single 或 text</translation>
    </message>
</context>
<context>
    <name>SurveyNames</name>
    <message>
        <location filename="../../core/survey/Survey.cpp" line="+29"/>
        <source>Scale 1–5</source>
        <translation>量表 1–5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction 1–5</source>
        <translation>满意度 1–5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effort 1–7</source>
        <translation>费力度 1–7</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommend 0–10</source>
        <translation>推荐度 0–10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Response speed</source>
        <translation>响应速度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Professionalism</source>
        <translation>专业素养</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>解决效率与效果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transparency</source>
        <translation>规范性与透明度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand impression</source>
        <translation>品牌印象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall</source>
        <translation>总体满意度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestions</source>
        <translation>建议与期望</translation>
    </message>
</context>
<context>
    <name>SurveyRepository</name>
    <message>
        <location filename="../../core/survey/SurveyRepository.cpp" line="+213"/>
        <source>The default survey is missing.</source>
        <translation>缺少默认问卷。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The shipped survey %1 is missing.</source>
        <translation>缺少内置问卷 %1。</translation>
    </message>
</context>
<context>
    <name>SurveySettingsRepository</name>
    <message>
        <location filename="../../core/survey/SurveySettings.cpp" line="+38"/>
        <source>Sampling is 0 % to 100 %, the delay 0 days or more, and at least one call is made.</source>
        <translation>抽样比例为 0% 到 100%，延迟不少于 0 天，且至少拨打一次。</translation>
    </message>
</context>
<context>
    <name>TemplateJson</name>
    <message>
        <location filename="../../core/inspection/TemplateJson.cpp" line="+24"/>
        <source>required (in English, Chinese or both)</source>
        <translation>必填（英文、中文或两者）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1”: expected pass_fail, rating5, number, text or photo</source>
        <translation>“%1”：应为 pass_fail、rating5、number、text 或 photo</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>“%1”: expected daily, weekly, monthly or quarterly</source>
        <translation>“%1”：应为 daily、weekly、monthly 或 quarterly</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1”: expected branch or maintenance</source>
        <translation>“%1”：应为 branch 或 maintenance</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
</context>
<context>
    <name>TemplateRepository</name>
    <message>
        <location filename="../../core/inspection/TemplateRepository.cpp" line="+294"/>
        <source>The default inspection template is missing.</source>
        <translation>缺少默认巡检模板。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The shipped maintenance checklist is missing.</source>
        <translation>缺少系统自带的设备保养检查表。</translation>
    </message>
</context>
<context>
    <name>TemplateValidator</name>
    <message>
        <location filename="../../core/inspection/InspectionTemplate.cpp" line="+83"/>
        <source>a template needs a code</source>
        <translation>模板需要代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a template needs a name</source>
        <translation>模板需要名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a score from 0 to 100</source>
        <translation>应为 0 到 100 的分数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a template needs at least one section</source>
        <translation>模板至少需要一个分区</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a section needs a title</source>
        <translation>分区需要标题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an item needs a code</source>
        <translation>检查项需要代码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the item code “%1” is used twice</source>
        <translation>检查项代码“%1”重复使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an item needs a question</source>
        <translation>检查项需要问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a weight of 0 or more</source>
        <translation>权重应不小于 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the minimum %1 is above the maximum %2</source>
        <translation>最小值 %1 大于最大值 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a number item needs a minimum, a maximum or both</source>
        <translation>数值项需要最小值、最大值或两者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a template needs at least one item</source>
        <translation>模板至少需要一个检查项</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <location filename="../../core/io/TextDecoder.cpp" line="+121"/>
        <source>This system cannot decode GB18030 text.</source>
        <translation>本系统无法解码 GB18030 文本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is not valid GB18030 text; choose its encoding.</source>
        <translation>文件不是有效的 GB18030 文本，请选择其编码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: the text is not valid %2; choose the file&apos;s encoding.</source>
        <translation>第 %1 行：文本不是有效的 %2，请选择文件的编码。</translation>
    </message>
</context>
<context>
    <name>TrainingCopy</name>
    <message>
        <location filename="../../core/workbook/TrainingCopy.cpp" line="+75"/>
        <source>[number removed]</source>
        <translation>[号码已删除]</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+22"/>
        <source>The copy could not be prepared.</source>
        <translation>无法准备副本。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Customer-%1</source>
        <translation>客户-%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The copy cannot replace the workbook itself.</source>
        <translation>副本不能覆盖工作簿本身。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>已取消生成副本，未写入任何文件。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>training copy</source>
        <translation>培训副本</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Order ids that look like phone numbers were kept, as they identify records: %1 of them (for example %2). Check the copy before sharing it.</source>
        <translation>看起来像电话号码的工单号因用于标识记录而予以保留：共 %1 个（例如 %2）。分享副本前请检查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Staff codes that look like phone numbers were kept, as they identify people: %1 of them (for example %2). Check the copy before sharing it.</source>
        <translation>看起来像电话号码的工号因用于标识人员而予以保留：共 %1 个（例如 %2）。分享副本前请检查。</translation>
    </message>
    <message>
        <location line="+91"/>
        <location line="+8"/>
        <source>“%1” cannot be written.</source>
        <translation>无法写入“%1”。</translation>
    </message>
</context>
<context>
    <name>TrainingEffect</name>
    <message>
        <location filename="../../core/kpi/TrainingEffect.cpp" line="+36"/>
        <source>First-time fix</source>
        <translation>一次修复率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA met</source>
        <translation>SLA 达成率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened</source>
        <translation>返修率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../core/kpi/ReviewMeasures.cpp" line="+140"/>
        <location filename="../../core/kpi/TrainingEffect.cpp" line="+24"/>
        <source>The training session no longer exists.</source>
        <translation>该培训场次已不存在。</translation>
    </message>
    <message>
        <location filename="../../core/kpi/TrainingEffect.cpp" line="+2"/>
        <source>The window is one day or more.</source>
        <translation>对比窗口至少为一天。</translation>
    </message>
</context>
<context>
    <name>TrainingRepository</name>
    <message>
        <location filename="../../core/team/Training.cpp" line="-39"/>
        <source>An assessment score is from 0 to 100, not %1.</source>
        <translation>考核成绩应为 0 到 100，而不是 %1。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>A course needs a code and a title.</source>
        <translation>课程需要代码和名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A course&apos;s validity is 0 months or more.</source>
        <translation>课程有效期应不少于 0 个月。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>A session needs a course and a date.</source>
        <translation>培训场次需要课程和日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A session&apos;s hours are 0 or more.</source>
        <translation>培训学时应不少于 0。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This course already has a session on %1.</source>
        <translation>该课程在 %1 已有一场培训。</translation>
    </message>
</context>
<context>
    <name>UsageUnits</name>
    <message>
        <location filename="../../core/equipment/Equipment.cpp" line="-90"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cycles</source>
        <translation>次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>km</source>
        <translation>公里</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../../core/workbook/Workbook.cpp" line="+46"/>
        <source>A store on a PostgreSQL server is a head office&apos;s: a branch works in a workbook file of its own. Create the store as a head office&apos;s (servicelens init --db URL --head-office).</source>
        <translation>PostgreSQL 服务器上的数据库只能是总部数据库：网点使用自己的工作簿文件。请按总部数据库创建（servicelens init --db URL --head-office）。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Service centre</source>
        <translation>售后服务中心</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The workbook has no branch.</source>
        <translation>工作簿中没有网点。</translation>
    </message>
</context>
<context>
    <name>WorkbookCheck</name>
    <message>
        <location filename="../../core/workbook/WorkbookCheck.cpp" line="+169"/>
        <source>The orders counted for %1-%2 (%3 received, %4 closed) do not match the orders themselves (%5 received, %6 closed): the table was changed outside ServiceLens, and the backlog would be wrong.</source>
        <translation>%1-%2 的工单计数（受理 %3，关闭 %4）与工单本身（受理 %5，关闭 %6）不符：该表在 ServiceLens 之外被改动过，积压数会因此出错。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>… and %1 more months counted wrongly.</source>
        <translation>……另有 %1 个月计数有误。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The trigger “%1” that workbook format %2 needs is missing (removed outside ServiceLens): the figures it keeps go wrong with the next change.</source>
        <translation>工作簿格式 %2 所需的触发器“%1”缺失（在 ServiceLens 之外被删除）：它维护的数字会在下次改动时出错。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Branch %1 has “%2” as its time zone, which is not one of the IANA database: its days and months would depend on the computer&apos;s own zone. Set an IANA zone such as Asia/Shanghai.</source>
        <translation>网点 %1 的时区为“%2”，不在 IANA 时区库中：其日期和月份会取决于电脑自身的时区。请设置 IANA 时区，如 Asia/Shanghai。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Inspection %1 was completed (the audit trail says so) and is now missing: it was deleted outside ServiceLens.</source>
        <translation>巡检 %1 已完成（审计轨迹有记录），现在却不见了：它在 ServiceLens 之外被删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inspection %1 was completed (the audit trail says so) and is now a draft again: it was changed outside ServiceLens.</source>
        <translation>巡检 %1 已完成（审计轨迹有记录），现在却又成了草稿：它在 ServiceLens 之外被改动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>… and %1 more inspections.</source>
        <translation>……另有 %1 次巡检。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The audit trail is empty although the workbook holds %1 orders and %2 completed inspections: it was removed outside ServiceLens.</source>
        <translation>工作簿中有 %1 张工单和 %2 次已完成巡检，审计轨迹却是空的：它在 ServiceLens 之外被删除。</translation>
    </message>
</context>
<context>
    <name>WorkbookSafetyActions</name>
    <message>
        <location filename="../../ui/workbook/WorkbookSafetyActions.cpp" line="+30"/>
        <source>ServiceLens workbooks (*.servicelens);;All files (*)</source>
        <translation>ServiceLens 工作簿 (*.servicelens);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+11"/>
        <source>Back Up Workbook</source>
        <translation>备份工作簿</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The backup cannot replace the workbook itself.</source>
        <translation>备份不能覆盖工作簿本身。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” already exists; a backup never replaces a file. Choose a new name.</source>
        <translation>“%1”已存在；备份绝不覆盖文件。请换一个新名称。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1-training-copy.servicelens</source>
        <translation>%1-培训副本.servicelens</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+7"/>
        <location line="+9"/>
        <source>Export Copy for Training</source>
        <translation>导出培训用副本</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Copying the workbook and replacing customers&apos; names and phone numbers…</source>
        <translation>正在复制工作簿并替换客户姓名和电话号码…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Training copy written to %1; customers&apos; names and phone numbers are pseudonyms in it.</source>
        <translation>培训副本已写入 %1；其中的客户姓名和电话号码均为化名。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+27"/>
        <location line="+25"/>
        <source>Verify Workbook</source>
        <translation>核验工作簿</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Checking every page of the workbook and its audit trail…</source>
        <translation>正在检查工作簿的每一页及其审计记录…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;p&gt;&lt;b&gt;The workbook is sound.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Integrity check: ok. References between records: ok.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;工作簿完好。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;完整性检查：通过。记录间引用：通过。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;p&gt;Audit trail: %n record(s), the hash chain is intact — no record was changed or removed outside ServiceLens.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;审计记录：%n 条，哈希链完整——没有记录在 ServiceLens 之外被修改或删除。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;p&gt;Inspections: %n completed, every seal matches its content.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;巡检：已完成 %n 次，每个封存码均与内容一致。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;The workbook did not pass the check.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;工作簿未通过检查。&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Keep a copy of the file as it is. Backups made by ServiceLens are in the folder beside the workbook.&lt;/p&gt;</source>
        <translation>&lt;p&gt;请先原样保留此文件的副本。ServiceLens 生成的备份位于工作簿旁边的文件夹中。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>XlsxOutput</name>
    <message>
        <location filename="../../core/report/XlsxOutput.cpp" line="+29"/>
        <location line="+38"/>
        <source>“%1” cannot be written.</source>
        <translation>无法写入“%1”。</translation>
    </message>
</context>
<context>
    <name>XlsxSheet</name>
    <message>
        <location filename="../../core/io/XlsxSheet.cpp" line="+65"/>
        <source>“%1”: the workbook&apos;s part %2 is damaged or too large.</source>
        <translation>“%1”：工作簿的部件 %2 已损坏或过大。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1”: the workbook&apos;s part %2 is damaged.</source>
        <translation>“%1”：工作簿的部件 %2 已损坏。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>“%1”: the workbook&apos;s shared strings are damaged (%2).</source>
        <translation>“%1”：工作簿的共享字符串已损坏（%2）。</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>“%1” is not a readable Excel workbook: the package is damaged.</source>
        <translation>“%1”不是可读取的 Excel 工作簿：文件包已损坏。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is a ZIP archive but not an Excel workbook (.xlsx); save the data as .xlsx or CSV.</source>
        <translation>“%1”是 ZIP 压缩包，但不是 Excel 工作簿（.xlsx）；请把数据另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1”: the workbook&apos;s first sheet (%2) is missing or damaged.</source>
        <translation>“%1”：工作簿的第一个工作表（%2）缺失或已损坏。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1”: the workbook&apos;s first sheet is damaged (%2).</source>
        <translation>“%1”：工作簿的第一个工作表已损坏（%2）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the compressed data is corrupt</source>
        <translation>压缩数据已损坏</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>row %1 has a cell beyond column XFD</source>
        <translation>第 %1 行有超出 XFD 列的单元格</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>row %1, column %2 names a shared string the workbook does not have</source>
        <translation>第 %1 行第 %2 列引用了工作簿中不存在的共享字符串</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>row %1 is longer than a record may be</source>
        <translation>第 %1 行超出了一条记录的长度上限</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::ActionDialog</name>
    <message>
        <location filename="../../ui/inspection/ActionDialog.cpp" line="+62"/>
        <source>Corrective action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New corrective action</source>
        <translation>新建整改措施</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(nobody yet)</source>
        <translation>（暂未指定）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What must change:</source>
        <translation>需改进内容：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::ActionsView</name>
    <message>
        <location filename="../../ui/inspection/ActionsView.cpp" line="+49"/>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New action…</source>
        <translation>新建整改…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+192"/>
        <source>Start work</source>
        <translation>开始整改</translation>
    </message>
    <message>
        <location line="-191"/>
        <location line="+203"/>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Verify…</source>
        <translation>验证…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not done (open, in progress)</source>
        <translation>未完成（未开始、进行中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for verification</source>
        <translation>待验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What must change</source>
        <translation>需改进内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection item</source>
        <translation>巡检项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verified by</source>
        <translation>验证人</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Someone other than the owner checks the work and accepts it or sends it back</source>
        <translation>由负责人以外的人检查整改结果，通过或退回</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Corrective actions</source>
        <translation>整改措施</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>(%n day(s) late)</source>
        <translation>
            <numerusform>（逾期 %n 天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n 项整改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>servicelens::ui::AnswerPages</name>
    <message>
        <location filename="../../ui/inspection/AnswerPages.cpp" line="+60"/>
        <location line="+30"/>
        <location line="+25"/>
        <source>N/A (N)</source>
        <translation>不适用 (N)</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pass (P)</source>
        <translation>通过 (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail (F)</source>
        <translation>不通过 (F)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Double-click to see a photo; Delete removes it from a draft</source>
        <translation>双击查看照片；草稿中按 Delete 删除照片</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Accepted: %1 to %2</source>
        <translation>合格范围：%1 至 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepted: %1 or more</source>
        <translation>合格范围：不低于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted: up to %1</source>
        <translation>合格范围：不超过 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · not answered yet</source>
        <translation>%1 · 尚未填写</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Noted</source>
        <translation>已记录</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+18"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::BreakdownDialog</name>
    <message>
        <location filename="../../ui/equipment/BreakdownDialog.cpp" line="+34"/>
        <source>Repair of %1 %2</source>
        <translation>修复 %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakdown of %1 %2</source>
        <translation>%1 %2 故障</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What was done: the part replaced, the adjustment…</source>
        <translation>做了什么：更换的零件、所做的调整……</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What went wrong: the symptom, the error shown…</source>
        <translation>出了什么问题：现象、显示的错误……</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Down since:</source>
        <translation>故障开始：</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>Fault:</source>
        <translation>故障：</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Back in service at:</source>
        <translation>恢复使用：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair:</source>
        <translation>维修：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repaired by:</source>
        <translation>维修人：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reported by:</source>
        <translation>报告人：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The piece is down until its repair is recorded. Orders that wait for it can be added to the breakdown; their SLA clock pauses as for parts when the policy says so.</source>
        <translation>登记修复前，这台设备处于故障状态。等待它的工单可以加到这次故障上；若 SLA 策略允许暂停，这些工单的计时会像等待备件一样暂停。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::CalendarDialog</name>
    <message>
        <location filename="../../ui/flow/CalendarDialog.cpp" line="+37"/>
        <source>Working-day Calendar</source>
        <translation>工作日日历</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>holiday</source>
        <translation>假日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a day to change it.</source>
        <translation>点击某天即可更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The holidays and make-up working days of %1 are all entered</source>
        <translation>%1 年的节假日和调休上班日已全部录入</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 working days, %3 holidays, %4 make-up working days.</source>
        <translation>%1 年：%2 个工作日，%3 天假日，%4 天调休上班。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Until the year is marked as entered, figures for it carry a warning.</source>
        <translation>在标记为已全部录入之前，该年的指标会附带提醒。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Holiday</source>
        <translation>假日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+7"/>
        <location line="+2"/>
        <source>Import Calendar</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+7"/>
        <source>Export Calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::CallbackForm</name>
    <message>
        <location filename="../../ui/survey/CallbackForm.cpp" line="+64"/>
        <source>Follow-up call</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the customer says; Enter to go on</source>
        <translation>客户的原话；按 Enter 继续</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No answer (F2)</source>
        <translation>无人接听 (F2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused (F3)</source>
        <translation>拒绝 (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call back at (F4):</source>
        <translation>约定再回访 (F4)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip (F6)</source>
        <translation>跳过 (F6)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave this call on the list and take the next</source>
        <translation>保留在清单中，先打下一个</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Call %1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No more calls on the list.</source>
        <translation>清单中没有待回访的客户了。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All done. Thank you!</source>
        <translation>全部完成，辛苦了！</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>order %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>technician %1</source>
        <translation>技术员 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed %1</source>
        <translation>%1 关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n earlier attempt(s)</source>
        <translation>
            <numerusform>之前已拨打 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Question %1 of %2: %3</source>
        <translation>第 %1 题 / 共 %2 题：%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Press 1 to 5 (5 = very satisfied); Enter to skip</source>
        <translation>按 1 到 5（5 = 非常满意）；按 Enter 跳过</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press 1 to 7; Enter to skip</source>
        <translation>按 1 到 7；按 Enter 跳过</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press 0 to 9, or T for 10; Enter to skip</source>
        <translation>按 0 到 9，10 分按 T；按 Enter 跳过</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type the answer, then Enter</source>
        <translation>输入回答后按 Enter</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Q%1: “%2”</source>
        <translation>第%1题：“%2”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Q%1: %2</source>
        <translation>第%1题：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Q%1: %n point(s)</source>
        <translation>
            <numerusform>第%1题 %n分</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saved the answers of order %1.</source>
        <translation>已保存工单 %1 的回访结果。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer of order %1 gave a low score or had complained. Create a follow-up action with an owner and a due date?</source>
        <translation>工单 %1 的客户评分较低或曾投诉。要创建跟进措施并指定负责人和截止日期吗？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Call back the customer of order %1 about their low score</source>
        <translation>就低分回访工单 %1 的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1, follow-up call: %2</source>
        <translation>工单 %1 回访：%2</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::CaseDialog</name>
    <message>
        <location filename="../../ui/knowledge/CaseDialog.cpp" line="+51"/>
        <source>Case (version %1)</source>
        <translation>案例（第 %1 版）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Case</source>
        <translation>新建案例</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What and why, e.g. 室内机漏水：排水管坡度不足</source>
        <translation>现象和原因，例如 室内机漏水：排水管坡度不足</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One step per line</source>
        <translation>每行一个步骤</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model codes, separated by commas</source>
        <translation>型号，用逗号分隔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved: offered at diagnosis</source>
        <translation>已批准：诊断时推荐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add &amp;Photo…</source>
        <translation>添加照片(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Photo</source>
        <translation>删除照片(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.jpg *.jpeg *.png *.heic *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.heic *.webp)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ymptom:</source>
        <translation>现象(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ause:</source>
        <translation>原因(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fix:</source>
        <translation>处理方法(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault &amp;code:</source>
        <translation>故障代码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Models:</source>
        <translation>适用型号(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photos:</source>
        <translation>照片：</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::ColumnChooser</name>
    <message>
        <location filename="../../ui/widgets/ColumnChooser.cpp" line="+21"/>
        <source>Right-click to choose the columns</source>
        <translation>右键选择要显示的列</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::ColumnMappingTable</name>
    <message>
        <location filename="../../ui/workbook/ColumnMappingTable.cpp" line="+20"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First value</source>
        <translation>第一行的值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ServiceLens column</source>
        <translation>ServiceLens 列</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::ConflictsDialog</name>
    <message>
        <location filename="../../ui/network/ConflictsDialog.cpp" line="+106"/>
        <source>Service order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits</source>
        <translation>上门次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>返修次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responded</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow steps</source>
        <translation>流程步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helpdesk history</source>
        <translation>工单系统历史</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Answers</source>
        <translation>答案</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection</source>
        <translation>巡检</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection schedule</source>
        <translation>巡检计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrective action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training session</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+34"/>
        <location line="+75"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which</source>
        <translation>哪一条</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head office&apos;s version</source>
        <translation>总部的版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Branch&apos;s version</source>
        <translation>网点的版本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep Head Office&apos;s Version</source>
        <translation>保留总部的版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Branch&apos;s Version</source>
        <translation>采用网点的版本</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>It belongs to another branch</source>
        <translation>它属于另一个网点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed here since it was merged, and again at the branch</source>
        <translation>合并后总部改过，网点又改了</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No conflicts: every merged row has one version.</source>
        <translation>没有冲突：合并的每一行都只有一个版本。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) were changed both here and at their branch. Nothing was overwritten: for each, keep head office&apos;s version or take the branch&apos;s.</source>
        <translation>
            <numerusform>有 %n 行数据总部和网点都改过。没有任何数据被覆盖：请逐条选择保留总部的版本或采用网点的版本。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The whole row</source>
        <translation>整行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept, changed here</source>
        <translation>保留（总部改过）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted at the branch</source>
        <translation>网点已删除</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <location line="+1"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>servicelens::ui::ConnectStoreDialog</name>
    <message>
        <location filename="../../ui/network/ConnectStoreDialog.cpp" line="+28"/>
        <source>Connect to Head Office Store</source>
        <translation>连接总部数据库</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 10.0.0.5 or db.example.com</source>
        <translation>例如 10.0.0.5 或 db.example.com</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty: from ~/.pgpass or not needed</source>
        <translation>留空：取自 ~/.pgpass 或无需密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A network&apos;s store on a PostgreSQL server, made with &lt;i&gt;servicelens init --db postgresql://… --head-office&lt;/i&gt;. The password is not saved.</source>
        <translation>PostgreSQL 服务器上的网点汇总数据库，由 &lt;i&gt;servicelens init --db postgresql://… --head-office&lt;/i&gt; 创建。密码不会保存。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::CustomerFields</name>
    <message>
        <location filename="../../ui/flow/CustomerFields.cpp" line="+36"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address (where the technician goes)</source>
        <translation>地址（技术员上门的地点）</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>The order is for %1, an existing customer with %n earlier order(s). &lt;a href=&quot;different&quot;&gt;A different person&lt;/a&gt;</source>
        <translation>
            <numerusform>此工单属于老客户 %1，此前有 %n 张工单。&lt;a href=&quot;different&quot;&gt;不是此人&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 — %2, %n earlier order(s)</source>
        <translation>
            <numerusform>%1 — %2，此前 %n 张工单</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already a customer: %1</source>
        <translation>已是客户：%1</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::DashboardCharts</name>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="+106"/>
        <source>Orders: %L1 received, %L2 closed</source>
        <translation>工单：受理 %L1，关闭 %L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Resolution: no orders closed</source>
        <translation>解决时长：本月无关闭工单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution %1 working days, within the target of %2</source>
        <translation>解决时长 %1 个工作日，达到目标 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolution %1 working days, above the target of %2</source>
        <translation>解决时长 %1 个工作日，超出目标 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mean resolution (working days)</source>
        <translation>平均解决时长（工作日）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>SLA met %1 %, first-time fix %2 %</source>
        <translation>SLA 达成 %1 %，一次修复 %2 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SLA met and first-time fix</source>
        <translation>SLA 达成率与一次修复率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA met %</source>
        <translation>SLA 达成率 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-time fix %</source>
        <translation>一次修复率 %</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Complaints %1 % of orders received (target %2 %)</source>
        <translation>投诉占受理工单 %1 %（目标 %2 %）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaints: no orders received</source>
        <translation>投诉：本月无受理工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint rate %</source>
        <translation>投诉率 %</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Solution</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Implementation</source>
        <translation>实施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closing</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slowest stage: %1 (median %2 h)</source>
        <translation>最慢环节：%1（中位数 %2 小时）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Median hours per stage: no data</source>
        <translation>各环节停留时间中位数：无数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median hours</source>
        <translation>中位数（小时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottleneck</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Median hours in the stage</source>
        <translation>环节停留时长中位数（小时）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Backlog %L1 orders, %L2 older than 7 working days</source>
        <translation>积压 %L1 张，其中 %L2 张超过 7 个工作日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open orders</source>
        <translation>未关闭工单</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>0–1 working days</source>
        <translation>0-1 工作日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2–3 working days</source>
        <translation>2-3 工作日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4–7 working days</source>
        <translation>4-7 工作日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over 7 working days</source>
        <translation>&gt; 7 工作日</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="+68"/>
        <source>Targets…</source>
        <translation>目标…</translation>
    </message>
    <message>
        <location line="+264"/>
        <source>No workbook open</source>
        <translation>未打开工作簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use File ▸ New… to start a workbook, File ▸ Open… for an existing one, or File ▸ Open Demo Workbook to explore.</source>
        <translation>使用“文件 ▸ 新建…”创建工作簿，“文件 ▸ 打开…”打开已有工作簿，或“文件 ▸ 打开演示工作簿”先体验一下。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>The workbook cannot be read</source>
        <translation>无法读取工作簿</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · branch %2</source>
        <translation>%1 · 网点 %2</translation>
    </message>
    <message>
        <location line="-78"/>
        <source> · %L1 orders in the workbook, %L2 open</source>
        <translation> · 工作簿共 %L1 张工单，%L2 张未关闭</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+21"/>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>SLA missed, closed in %1 (%n order(s))</source>
        <translation>
            <numerusform>未达 SLA、%1 关闭（%n 张工单）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Not fixed the first time, closed in %1 (%n order(s))</source>
        <translation>
            <numerusform>非一次修复、%1 关闭（%n 张工单）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>0-1 working days old</source>
        <translation>已受理 0-1 个工作日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2-3 working days old</source>
        <translation>已受理 2-3 个工作日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4-7 working days old</source>
        <translation>已受理 4-7 个工作日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>older than 7 working days</source>
        <translation>超过 7 个工作日</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Open at the end of %1 (%n order(s))</source>
        <translation>
            <numerusform>%1 月末未关闭（%n 张工单）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Open at the end of %1, %2 (%n order(s))</source>
        <translation>
            <numerusform>%1 月末未关闭、%2（%n 张工单）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+122"/>
        <source>%n order(s) closed without a follow-up call</source>
        <translation>
            <numerusform>%n 张工单关闭时没有回访记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n order(s) closed without a response time</source>
        <translation>
            <numerusform>%n 张工单关闭时没有响应时间</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n order(s) with stages recorded out of order</source>
        <translation>
            <numerusform>%n 张工单的环节时间顺序颠倒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data to check this month: %1.</source>
        <translation>本月需核对的数据：%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 %2 (overdue %n day(s))</source>
        <translation>
            <numerusform>%1 %2（逾期 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 (due today)</source>
        <translation>%1 %2（今天到期）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 %2 (due in %n day(s))</source>
        <translation>
            <numerusform>%1 %2（%n 天后到期）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Equipment: %1 overdue, %2 due within the week — %3</source>
        <translation>设备保养：%1 项逾期，%2 项一周内到期——%3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>; and %n more</source>
        <translation>
            <numerusform>；另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the due list</source>
        <translation>查看到期清单</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>target ≥ %1 · %Ln response(s)</source>
        <translation>
            <numerusform>目标 ≥ %1 · %Ln 份回复</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target ≥ %1 · no survey responses yet</source>
        <translation>目标 ≥ %1 · 暂无调查回复</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>target ≤ %1 working days · median %2, p90 %3</source>
        <translation>目标 ≤ %1 个工作日 · 中位数 %2，P90 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working days after the day an order was received up to the day it was closed (closed the same day = 0), averaged over the %L1 orders closed in the month. Click for those orders.</source>
        <translation>从受理日之后到关闭日的工作日数（当天关闭为 0），对当月关闭的 %L1 张工单取平均。点击查看这些工单。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>target ≥ %1 · mean response %2 h</source>
        <translation>目标 ≥ %1 · 平均响应 %2 小时</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Orders received in the month that were responded to within their priority&apos;s response target (never responded counts as a miss), out of %L1 orders received. Click for those orders.</source>
        <translation>当月受理的 %L1 张工单中，在其优先级响应时限内响应的比例（未响应计为未达成）。点击查看这些工单。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>target ≤ %1 · %L2 of %L3 orders</source>
        <translation>目标 ≤ %1 · %L3 张中 %L2 张</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Orders received in the month flagged as complaints, divided by the orders received. Click for the complaints.</source>
        <translation>当月受理工单中标记为投诉的数量除以受理工单数。点击查看投诉工单。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>target ≥ %1 · %L2 closed</source>
        <translation>目标 ≥ %1 · 关闭 %L2 张</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click for the orders that missed it.</source>
        <translation>点击查看未达成的工单。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>target ≥ %1 · reopened %2</source>
        <translation>目标 ≥ %1 · 返修 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click for the orders not fixed the first time.</source>
        <translation>点击查看未能一次修复的工单。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>target ≤ %L1</source>
        <translation>目标 ≤ %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no target (Targets…)</source>
        <translation>未设目标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %L2 closed in the month</source>
        <translation>%1 · 关闭 %L2 张</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · %L2 older than 7 working days</source>
        <translation>%1 · %L2 张超过 7 个工作日</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Orders received before the end of the month and not closed before it. Click for those orders.</source>
        <translation>月末前受理、月末前未关闭的工单。点击查看这些工单。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Orders received in the month. Click for those orders.</source>
        <translation>当月受理的工单。点击查看这些工单。</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>%1 working days</source>
        <translation>%1 工作日</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>The working-day calendar does not cover %1: working days in %1 count Monday to Friday only, without holidays or make-up days, until the year&apos;s calendar is added.</source>
        <translation>工作日日历尚未包含 %1 年：在补充该年日历之前，%1 年的工作日仅按周一至周五计算，不含节假日和调休。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::DefectsPage</name>
    <message>
        <location filename="../../ui/defects/DefectsPage.cpp" line="+70"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Chart of:</source>
        <translation>图表对象(&amp;C)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Along:</source>
        <translation>横轴(&amp;A)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar months</source>
        <translation>日历月份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months in service (beside the category&apos;s other models)</source>
        <translation>投放市场月数（与同品类其他型号对照）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Orders</source>
        <translation>查看工单(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The orders of the chosen model (and fault code) received in the month</source>
        <translation>所选型号（及故障代码）当月受理的工单</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>R&amp;&amp;D &amp;Feedback</source>
        <translation>研发反馈(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the R&amp;D feedback report: each model&apos;s chart and signals, its fault codes, the repairs as evidence and the cases that fix it (PDF or Excel)</source>
        <translation>写研发反馈报告：每个型号的控制图和信号、故障代码、作为证据的维修工单以及解决问题的案例（PDF 或 Excel）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Models That &amp;Signal…</source>
        <translation>发出信号的型号(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+263"/>
        <source>The &amp;Chosen Model Only…</source>
        <translation>仅所选型号(&amp;C)…</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart</source>
        <translation>图类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repairs</source>
        <translation>维修数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units in field</source>
        <translation>保有量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre</source>
        <translation>中心线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upper limit</source>
        <translation>上控制限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signals</source>
        <translation>信号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top fault</source>
        <translation>首要故障</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>u: repairs per 1,000 units in the field (the installed base is known); p: share of the category&apos;s repairs (it is not)</source>
        <translation>u：每千台保有量的维修数（已知保有量）；p：占品类维修的比例（保有量未知）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Above the upper limit; eight months in a row above the centre; a CUSUM of a sustained rise (docs: Defects)</source>
        <translation>超出上控制限；连续八个月高于中心线；CUSUM 检出持续上升（见文档：缺陷趋势）</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+156"/>
        <source>Defects</source>
        <translation>缺陷趋势</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>No model of the product list had a repair in %1 or the twelve months before. Defect trends follow the models of the product list (Settings ▸ Products and Categories…; import products), and the fault codes orders carry (import faults; the orders&apos; fault_code column).</source>
        <translation>%1及之前十二个月，产品清单中没有任何型号有维修。缺陷趋势按产品清单中的型号统计（设置 ▸ 产品与品类…；import products），并按工单所带的故障代码分类（import faults；工单的 fault_code 列）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No model has its installed base for %1: every chart is the model&apos;s share of its category&apos;s repairs. Import the units in the field (import installed) for rates per 1,000 units.</source>
        <translation>%1没有任何型号的保有量：所有图表都是型号占品类维修的比例。导入保有量（import installed）即可得到每千台的维修率。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>above the limit</source>
        <translation>超出控制限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8 months above the centre</source>
        <translation>连续 8 个月高于中心线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUSUM rise</source>
        <translation>CUSUM 上升</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 ×%3</source>
        <translation>%1 %2 ×%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>u: per 1,000 units</source>
        <translation>u：每千台</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p: share of category</source>
        <translation>p：占品类比例</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>All fault codes</source>
        <translation>全部故障代码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 (%3 in the month)</source>
        <translation>%1 %2（当月 %3 次）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a model in the list</source>
        <translation>请在列表中选择一个型号</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: repairs received in %2</source>
        <translation>%1：%2受理的维修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, fault %2: repairs received in %3</source>
        <translation>%1，故障 %2：%3受理的维修</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only %1…</source>
        <translation>仅 %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>R&amp;D feedback %1%2.pdf</source>
        <translation>研发反馈 %1%2.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>R&amp;D Feedback Report</source>
        <translation>研发反馈报告</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>R&amp;D feedback report written to %1.</source>
        <translation>研发反馈报告已写入 %1。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The R&amp;D feedback report was not written.</source>
        <translation>研发反馈报告未写入。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::DriverChart</name>
    <message>
        <location filename="../../ui/survey/SurveyCharts.cpp" line="+226"/>
        <source>Fix first: %1 (important, below average)</source>
        <translation>优先改进：%1（影响大、得分低于平均）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What drives overall satisfaction</source>
        <translation>影响总体满意度的因素</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Performance: mean score (1–5)</source>
        <translation>表现：平均分（1–5）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importance: correlation with overall</source>
        <translation>重要性：与总体满意度的相关系数</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Important, weak: fix first</source>
        <translation>影响大、得分低：优先改进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Important, strong: keep</source>
        <translation>影响大、得分高：保持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less important, weak</source>
        <translation>影响小、得分低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less important, strong</source>
        <translation>影响小、得分高</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::EquipmentDialog</name>
    <message>
        <location filename="../../ui/equipment/EquipmentDialog.cpp" line="+34"/>
        <source>Known:</source>
        <translation>已知：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retired (no longer used; its history stays)</source>
        <translation>已报废（不再使用，历史记录保留）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Equipment %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New equipment</source>
        <translation>新设备</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Diagnostic instrument</source>
        <translation>诊断仪</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measuring instrument</source>
        <translation>测量仪器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test bench</source>
        <translation>测试台</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no one)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No counter</source>
        <translation>无计数</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Code (设备编号):</source>
        <translation>设备编号：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location:</source>
        <translation>存放位置：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number:</source>
        <translation>序列号：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchased:</source>
        <translation>购置日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked after by:</source>
        <translation>责任人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage counter:</source>
        <translation>使用计数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::EquipmentFilesView</name>
    <message>
        <location filename="../../ui/equipment/EquipmentFilesView.cpp" line="+41"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add File…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A manual, a certificate, a photo of the nameplate: kept in the workbook, up to %1 MB each</source>
        <translation>说明书、证书、铭牌照片：保存在工作簿中，每个最大 %1 MB</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+56"/>
        <location line="+9"/>
        <location line="+7"/>
        <location line="+11"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+26"/>
        <location line="+14"/>
        <source>Documents and photos</source>
        <translation>资料与照片</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Add a Document or Photo</source>
        <translation>添加资料或照片</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is larger than %2 MB: a piece&apos;s files are kept up to that.</source>
        <translation>%1 超过 %2 MB：每个设备文件最大为此大小。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Save the File As</source>
        <translation>文件另存为</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the piece&apos;s documents? The audit trail keeps its name and fingerprint, not its content.</source>
        <translation>从该设备的资料中删除 %1？审计记录会保留其名称和指纹，但不保留内容。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::EquipmentPage</name>
    <message numerus="yes">
        <location filename="../../ui/equipment/EquipmentPage.cpp" line="+48"/>
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New Equipment…</source>
        <translation>新建设备(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;Maintenance…</source>
        <translation>登记保养(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+224"/>
        <source>Record &amp;Breakdown…</source>
        <translation>登记故障(&amp;B)…</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>&amp;Order Waits for It…</source>
        <translation>工单等待此设备(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An order that cannot go on while the piece is down: its SLA clock pauses as for parts when the policy says so.</source>
        <translation>设备故障期间无法继续处理的工单：若 SLA 策略允许暂停，其计时会像等待备件一样暂停。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;Plan…</source>
        <translation>新建计划(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record Counter &amp;Reading…</source>
        <translation>登记读数(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hours, cycles or km the piece&apos;s counter shows today: what a plan by usage comes due by.</source>
        <translation>设备计数器今天显示的小时、次数或公里数：按使用量的保养计划据此到期。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+62"/>
        <location line="+92"/>
        <location line="+96"/>
        <location line="+33"/>
        <location line="+2"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+29"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="-325"/>
        <location line="+9"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Plan</source>
        <translation>保养项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+135"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Standing</source>
        <translation>状况</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked after by</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <location line="+306"/>
        <source>Counter of %1</source>
        <translation>%1 的读数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 shows today (%3):</source>
        <translation>%1 %2 今天的读数（%3）：</translation>
    </message>
    <message>
        <location line="-301"/>
        <source>Register</source>
        <translation>台账</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reliability</source>
        <translation>可靠性</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Nothing is due by %1 or within the week after.</source>
        <translation>截至 %1 及其后一周内没有到期的保养。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 overdue and %2 due within the week, on %3. Double-click a plan to record its maintenance.</source>
        <translation>%3：%1 项逾期，%2 项一周内到期。双击保养项目即可登记保养。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due (%1)</source>
        <translation>到期 (%1)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Retired</source>
        <translation>已报废</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>故障停机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In service</source>
        <translation>在用</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Record &amp;Repair…</source>
        <translation>登记修复(&amp;R)…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Order Waits for %1</source>
        <translation>工单等待 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of the order that cannot go on without %1 %2:</source>
        <translation>没有 %1 %2 就无法继续的工单编号：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No order of this branch has the number %1.</source>
        <translation>本网点没有编号为 %1 的工单。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::EquipmentPieceView</name>
    <message numerus="yes">
        <location filename="../../ui/equipment/EquipmentPieceView.cpp" line="+33"/>
        <source>Every %n working day(s)</source>
        <translation>
            <numerusform>每 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly on day %1</source>
        <translation>每月 %1 日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarterly on day %1 (from month %2)</source>
        <translation>每季度 %1 日（从 %2 月起）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every %1 %2</source>
        <translation>每 %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>units</source>
        <translation>单位</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Calibration, valid %n month(s)</source>
        <translation>
            <numerusform>校准，有效期 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>Plan</source>
        <translation>保养项目</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cadence</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last done</source>
        <translation>上次保养</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done on</source>
        <translation>保养日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counter</source>
        <translation>读数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Down since</source>
        <translation>故障开始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back in service</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Working-day hours down</source>
        <translation>停机（工作日小时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders that waited</source>
        <translation>等待的工单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plans</source>
        <translation>保养计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance</source>
        <translation>保养记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakdowns</source>
        <translation>故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Documents and Photos</source>
        <translation>资料与照片</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>orders diagnosed with %1 since its last good calibration</source>
        <translation>自上次合格校准以来用 %1 诊断的工单</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents and Photos (%1)</source>
        <translation>资料与照片（%1）</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+3"/>
        <location line="+70"/>
        <location line="+41"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>This piece</source>
        <translation>本设备</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1</source>
        <translation>所有%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(outside any plan)</source>
        <translation>（计划外）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>still down</source>
        <translation>仍在故障</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The calibration of %1 failed. No order was diagnosed with %2 since its last good calibration.</source>
        <translation>%1 的校准不合格。自上次合格校准以来没有工单用 %2 诊断。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The calibration of %1 failed: %n order(s) were diagnosed with %2 since its last good calibration (%3 still open). Check their diagnoses and call the customers whose repair may be wrong. &lt;a href=&apos;orders&apos;&gt;Show them&lt;/a&gt;</source>
        <translation>
            <numerusform>%1 的校准不合格：自上次合格校准以来有 %n 张工单用 %2 诊断（其中 %3 张未关闭）。请复核这些诊断，并回访维修可能有误的客户。&lt;a href=&apos;orders&apos;&gt;查看这些工单&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>servicelens::ui::EquipmentReliabilityView</name>
    <message>
        <location filename="../../ui/equipment/EquipmentReliabilityView.cpp" line="+29"/>
        <source>%1 (n=%2)</source>
        <translation>%1（n=%2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+26"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failures</source>
        <translation>故障次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repairs</source>
        <translation>修复次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downtime, working-day h</source>
        <translation>停机（工作日小时）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MTTR, working-day h</source>
        <translation>MTTR（工作日小时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTBF, working-day h</source>
        <translation>MTBF（工作日小时）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>From %1 to today, in working-day hours: every hour of the calendar&apos;s working days, none of its days off (a breakdown over a holiday delays nothing). MTTR is the mean time to repair, MTBF the time in service per failure; — where there was no repair or no failure.</source>
        <translation>自 %1 至今，以工作日小时计：日历中工作日的每个小时都计入，休息日不计（节假日期间的故障不耽误任何工作）。MTTR 为平均修复时间，MTBF 为每次故障之间的平均使用时间；没有修复或没有故障时显示 —。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::EvidenceDialog</name>
    <message>
        <location filename="../../ui/inspection/EvidenceDialog.cpp" line="+22"/>
        <source>Orders to check</source>
        <translation>待核查的工单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ten orders closed in the period, chosen at random. Tick the ones you checked to keep them with this answer.</source>
        <translation>随机抽取的本期已关闭工单（十张）。勾选已核查的工单，作为本项的证据保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The orders checked for this answer.</source>
        <translation>为此项核查过的工单。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::FlowStepDialog</name>
    <message>
        <location filename="../../ui/flow/FlowStepDialog.cpp" line="+29"/>
        <source>Respond to the Customer</source>
        <translation>响应客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the Order</source>
        <translation>关闭工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach “%1”</source>
        <translation>进入“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for Parts</source>
        <translation>等待备件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the Customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the Wait</source>
        <translation>结束等待</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen the Order</source>
        <translation>重新打开工单</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no customer</source>
        <translation>没有客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no technician</source>
        <translation>没有技术员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no fault description</source>
        <translation>没有故障描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no response time</source>
        <translation>没有响应时间</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order %1: %2</source>
        <translation>工单 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;When:</source>
        <translation>发生时间(&amp;W)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>for example 压缩机 KFR-35 or part number</source>
        <translation>例如 压缩机 KFR-35 或备件编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Part:</source>
        <translation>备件(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpected on</source>
        <translation>预计到货(&amp;X)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>for example the same fault came back</source>
        <translation>例如 同一故障再次出现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This order has %1. Close it anyway, or cancel and complete it first.</source>
        <translation>此工单%1。仍要关闭，或先取消并补全信息。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>part: %1</source>
        <translation>备件：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected %1</source>
        <translation>预计 %1 到货</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say why the order is reopened: the reason stays in its timeline.</source>
        <translation>请说明重新打开的原因：原因会保留在工单的时间线中。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::GettingStartedPanel</name>
    <message>
        <location filename="../../ui/dashboard/GettingStartedPanel.cpp" line="+31"/>
        <source>New Workbook…</source>
        <translation>新建工作簿…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Workbook…</source>
        <translation>打开工作簿…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Orders…</source>
        <translation>导入工单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Order…</source>
        <translation>新建工单…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User Guide (F1)</source>
        <translation>用户指南（F1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close: not shown again for this workbook</source>
        <translation>关闭：此工作簿不再显示</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&lt;b&gt;This is the demo workbook&lt;/b&gt;: a year of made-up orders, inspections and surveys of one branch, to try everything freely. To start with your own branch, create a workbook, then import your orders from your helpdesk&apos;s CSV export.</source>
        <translation>&lt;b&gt;这是演示工作簿&lt;/b&gt;：一个虚构网点一年的工单、巡检和回访数据，可随意试用各项功能。要开始管理自己的网点，请新建工作簿，再从服务系统导出的 CSV 文件导入工单。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;This workbook has no orders yet.&lt;/b&gt; Import them from your helpdesk&apos;s CSV export (the preview shows how each column is read before anything is written), or enter them one by one.</source>
        <translation>&lt;b&gt;这个工作簿还没有工单。&lt;/b&gt;可从服务系统导出的 CSV 文件导入（写入前会预览每一列的读取方式），也可以逐张录入。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::ImportDialog</name>
    <message>
        <location filename="../../ui/workbook/ImportDialog.cpp" line="+51"/>
        <source>semicolon ( ; )</source>
        <translation>分号（;）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comma ( , )</source>
        <translation>逗号（,）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+22"/>
        <location line="+111"/>
        <location line="+229"/>
        <location line="+26"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <location line="-387"/>
        <source>%n people named in the file are not in the staff list.</source>
        <translation>
            <numerusform>文件中有 %n 人不在员工名单中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add them to the staff list as technicians, then import? Their names can be completed on the Staff tab.</source>
        <translation>将他们作为技术员加入员工名单，然后导入？之后可在“员工”页补全信息。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add and import</source>
        <translation>加入并导入(&amp;A)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contents:</source>
        <translation>内容(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. MM/dd/yyyy hh:mm AP (only for other formats)</source>
        <translation>例如 MM/dd/yyyy hh:mm AP（仅用于其他格式）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times such as 2026-10-31 14:30 are always understood; give the format of other exports in Qt&apos;s notation.</source>
        <translation>2026-10-31 14:30 这类时间总能识别；其他系统导出的格式请按 Qt 的写法填写。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Other time format:</source>
        <translation>其他时间格式(&amp;O)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. ?, N/A, NULL, -, 无</source>
        <translation>例如 ?, N/A, NULL, -, 无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values that the export writes for “no value”, separated by commas: a cell holding one is read as empty, in every column. Proposed when the first rows hold such values.</source>
        <translation>导出文件用来表示“无值”的写法，以逗号分隔：任何一列的单元格若为其中之一，即按空单元格读取。若前几行出现这类写法，会自动建议。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Values meaning “&amp;no value”:</source>
        <translation>表示“无值”的写法(&amp;N)：</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>CSV 或 Excel 文件 (*.csv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Excel workbook, first sheet</source>
        <translation>Excel 工作簿，第一个工作表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (cells)</source>
        <translation>无（按单元格）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>States</source>
        <translation>状态对应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Skip rows with problems (they are written to a .rejected.csv file beside the file)</source>
        <translation>跳过有问题的行(&amp;S)（写入原文件旁的 .rejected.csv 文件）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;heck</source>
        <translation>检查(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads and checks every row without changing the workbook.</source>
        <translation>读取并检查每一行，不改动工作簿。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The file is empty: a header row is required.</source>
        <translation>文件为空：需要有标题行。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Detect (%1)</source>
        <translation>自动识别（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 · showing the first %n row(s) as they will be read.</source>
        <translation>
            <numerusform>%1 · 按实际读取方式显示前 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Choose the file&apos;s column for: %1.</source>
        <translation>请为以下列选择文件中的对应列：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every required column is chosen: Check finds the rows&apos; problems without importing anything.</source>
        <translation>必需的列都已选好：“检查”会找出各行的问题，不导入任何内容。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::ImportProblemsTab</name>
    <message>
        <location filename="../../ui/workbook/ImportProblemsTab.cpp" line="+18"/>
        <location line="+19"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+1"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::ImportStatesTab</name>
    <message>
        <location filename="../../ui/workbook/ImportStatesTab.cpp" line="+22"/>
        <source>Received (new)</source>
        <translation>已受理（新建）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysed (in progress)</source>
        <translation>已分析（处理中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solution agreed</source>
        <translation>方案已确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repaired (resolved)</source>
        <translation>已完工（已解决）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for parts</source>
        <translation>等待备件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore (skip the row)</source>
        <translation>忽略（跳过该行）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Each state of the log, with its number of rows, and what it is in ServiceLens. Waits are recorded as waiting for parts or for the customer (an SLA policy that pauses counts them); rows whose state is “Ignore” are skipped.</source>
        <translation>日志中的每个状态、其行数，以及它在 ServiceLens 中对应的环节。等待记为等待备件或等待客户（暂停计时的服务时限政策会扣除这些时间）；状态为“忽略”的行将被跳过。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State in the file</source>
        <translation>文件中的状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In ServiceLens</source>
        <translation>在 ServiceLens 中</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::ImportTask</name>
    <message>
        <location filename="../../ui/workbook/ImportTask.cpp" line="+21"/>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::IncidentCallsView</name>
    <message>
        <location filename="../../ui/incident/IncidentCallsView.cpp" line="+30"/>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>次数</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What the customer said, what was agreed</source>
        <translation>客户的反馈、约定的事项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reached</source>
        <translation>已联系(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No Answer</source>
        <translation>未接通(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fused</source>
        <translation>拒绝(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call &amp;Back Later…</source>
        <translation>稍后再联系(&amp;B)…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Customers touched by an open incident, listed from its page. Unanswered calls come back four hours later, up to three attempts. These calls ask no survey question and count in no satisfaction figure.</source>
        <translation>进行中的事件所涉及的客户，由事件页生成名单。未接通的电话四小时后再次出现，最多三次。这些通话不提问卷问题，也不计入任何满意度指标。</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+85"/>
        <source>Incident calls</source>
        <translation>事件回访</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Nobody to call about an incident now.</source>
        <translation>目前没有需要联系的事件客户。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call %1 on %2, about order %3.</source>
        <translation>拨打 %2 联系 %1，关于工单 %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The incident has no script: say what happened and what the branch will do.</source>
        <translation>该事件没有话术：请说明发生了什么以及网点将如何处理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last time: %1</source>
        <translation>上次：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Call Back Later</source>
        <translation>稍后再联系</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call again at:</source>
        <translation>再次联系时间：</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::IncidentDialog</name>
    <message>
        <location filename="../../ui/incident/IncidentDialog.cpp" line="+38"/>
        <source>This is a drill: kept out of every figure, calls nobody</source>
        <translation>这是演练：不计入任何指标，不联系客户</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open an Incident</source>
        <translation>启动事件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no plan)</source>
        <translation>（无预案）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What happened, in a line</source>
        <translation>一句话说明发生了什么</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not named)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What is known so far</source>
        <translation>目前已知的情况</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contingency plan:</source>
        <translation>应急预案：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario:</source>
        <translation>场景：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Led by:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened at:</source>
        <translation>启动时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it touched</source>
        <translation>影响范围</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Incident</source>
        <translation>启动事件</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::IncidentPlanDialog</name>
    <message>
        <location filename="../../ui/incident/IncidentPlanDialog.cpp" line="+32"/>
        <source>In use: offered when an incident opens</source>
        <translation>启用：启动事件时可选</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contingency Plan %1</source>
        <translation>应急预案 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Contingency Plan</source>
        <translation>新建应急预案</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What the callers say to each affected customer</source>
        <translation>回访人员对每位受影响客户说的话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Within (hours)</source>
        <translation>时限（小时）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add Step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scenario:</source>
        <translation>场景：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Callback script:</source>
        <translation>回访话术：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Steps, in order:</source>
        <translation>步骤（按顺序）：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(not named)</source>
        <translation>（未指定）</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::IncidentPlansView</name>
    <message>
        <location filename="../../ui/incident/IncidentPlansView.cpp" line="+28"/>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan</source>
        <translation>预案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Within</source>
        <translation>时限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New Plan…</source>
        <translation>新建预案…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Plan…</source>
        <translation>编辑预案…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the Suggested Plans</source>
        <translation>添加推荐预案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plan for each scenario with the usual steps, to adapt: name an owner for each step</source>
        <translation>每个场景一份含常用步骤的预案，可按需修改：请为每个步骤指定负责人</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+69"/>
        <location line="+2"/>
        <source>Contingency plans</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(not named)</source>
        <translation>（未指定）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No callback script.</source>
        <translation>没有回访话术。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback script: %1</source>
        <translation>回访话术：%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The branch already has every suggested plan.</source>
        <translation>该网点已有全部推荐预案。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::IncidentScopeEditor</name>
    <message>
        <location filename="../../ui/incident/IncidentScopeEditor.cpp" line="+27"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Models or product names, e.g. XQB80, KFR-35GW</source>
        <translation>型号或产品名称，例如 XQB80, KFR-35GW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Air conditioner, Washing machine</source>
        <translation>例如 空调, 洗衣机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes of the fault list, e.g. E21</source>
        <translation>故障代码表中的代码，例如 E21</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marks written in the orders&apos; descriptions, e.g. B2405</source>
        <translation>工单描述中写的标记，例如 B2405</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Count Affected Orders</source>
        <translation>统计受影响工单</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Orders received:</source>
        <translation>工单受理时间：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Several values in a field: any of them. Several fields: all of them. Nothing at all: no order.</source>
        <translation>同一栏填多个值：满足任一即可；填多栏：须同时满足；什么都不填：不涉及任何工单。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Nothing stated: the incident touches no order.</source>
        <translation>未填写范围：该事件不涉及任何工单。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 张工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>servicelens::ui::IncidentView</name>
    <message>
        <location filename="../../ui/incident/IncidentView.cpp" line="+48"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+12"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Attempts</source>
        <translation>次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last call</source>
        <translation>最近通话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrective action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Double-click a step to mark it done</source>
        <translation>双击步骤标记为完成</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open in Service Flow</source>
        <translation>在服务流程中打开</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Orders touched by incident %1</source>
        <translation>事件 %1 涉及的工单</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+89"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected</source>
        <translation>受影响</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+168"/>
        <source>Calls</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+187"/>
        <source>Actions</source>
        <translation>整改</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>opened %1</source>
        <translation>%1 启动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>led by %1</source>
        <translation>负责人 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed %1</source>
        <translation>已于 %1 关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DRILL</source>
        <translation>演练</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scope: %1</source>
        <translation>影响范围：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lessons learnt: %1</source>
        <translation>经验教训：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+27"/>
        <location line="+14"/>
        <location line="+32"/>
        <location line="+38"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Steps (%1/%2)</source>
        <translation>步骤（%1/%2）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No scope stated: the incident touches no order. Set its scope to find the orders and customers.</source>
        <translation>未说明影响范围：该事件不涉及任何工单。设置影响范围后即可找到涉及的工单和客户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 orders touched (%2 still open), %3 customers.</source>
        <translation>涉及工单 %1 张（%2 张未结），客户 %3 位。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Affected (%1)</source>
        <translation>受影响（%1）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A drill calls nobody: its affected customers are counted, never listed to call.</source>
        <translation>演练不联系任何人：只统计受影响客户，不生成回访名单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No callback list yet: Call the Affected Customers puts them on the Surveys page&apos;s incident calls.</source>
        <translation>尚未生成回访名单：点击“联系受影响客户”会把他们列入调查页的事件回访。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 listed: %2 reached, %3 refused, %4 unreachable after three attempts, %5 still to call.</source>
        <translation>名单 %1 位：已联系 %2 位，拒绝 %3 位，三次未接通 %4 位，待联系 %5 位。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calls (%1/%2)</source>
        <translation>回访（%1/%2）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Actions (%1)</source>
        <translation>整改（%1）</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::IncidentsPage</name>
    <message>
        <location filename="../../ui/incident/IncidentsPage.cpp" line="+50"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened</source>
        <translation>启动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open Incident…</source>
        <translation>启动事件(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Note…</source>
        <translation>添加记录(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity…</source>
        <translation>级别(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;cope…</source>
        <translation>影响范围(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The products, batches, fault codes and period the incident touched</source>
        <translation>事件涉及的产品、批次、故障代码和时段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call the Affected &amp;Customers</source>
        <translation>联系受影响客户(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lists every affected customer on the Surveys page&apos;s incident calls, with the incident&apos;s script</source>
        <translation>把每位受影响客户列入调查页的事件回访，附事件话术</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrective &amp;Action…</source>
        <translation>整改措施(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose…</source>
        <translation>关闭(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Situation &amp;Report…</source>
        <translation>情况通报(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF for upper management: what happened, who was contacted, what is still open</source>
        <translation>给上级管理层的 PDF：事件经过、客户联系情况、尚未完成的事项</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+41"/>
        <location line="+29"/>
        <location line="+45"/>
        <location line="+38"/>
        <location line="+25"/>
        <location line="+27"/>
        <location line="+13"/>
        <location line="+47"/>
        <location line="+12"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Contingency Plans</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · drill</source>
        <translation>%1 · 演练</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Incidents (%1)</source>
        <translation>事件（%1）</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Incident %1 is closed: it can no longer change.</source>
        <translation>事件 %1 已关闭，不能再修改。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Note on %1</source>
        <translation>%1 的记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened or was done:</source>
        <translation>发生了什么或做了什么：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Severity of %1</source>
        <translation>%1 的级别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What %1 touched</source>
        <translation>%1 的影响范围</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n customer(s) added to the incident calls on the Surveys page.</source>
        <translation>
            <numerusform>已将 %n 位客户加入调查页的事件回访。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Close %1</source>
        <translation>关闭 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What did the branch learn? What will it do differently next time?</source>
        <translation>网点学到了什么？下次会怎么做？</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Situation report %1.pdf</source>
        <translation>情况通报 %1.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Situation Report</source>
        <translation>情况通报</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The situation report was not written.</source>
        <translation>情况通报未写入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situation report written to %1.</source>
        <translation>情况通报已写入 %1。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::InspectionChartsView</name>
    <message>
        <location filename="../../ui/inspection/InspectionChartsView.cpp" line="+79"/>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Inspection score %1 in %2 (pass at %3)</source>
        <translation>%2巡检得分 %1（%3 分合格）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspection score (pass at %1)</source>
        <translation>巡检得分（%1 分合格）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall</source>
        <translation>总分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass score</source>
        <translation>合格线</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 of %2 inspections passed in twelve months</source>
        <translation>近十二个月 %2 次巡检中 %1 次合格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Corrective actions: %1 open, %2 overdue at month end</source>
        <translation>整改措施：月末未完成 %1 项，逾期 %2 项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No findings in the last twelve months</source>
        <translation>近十二个月无问题项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items most often found failing</source>
        <translation>最常不合格的检查项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>问题项</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::InspectionFooter</name>
    <message>
        <location filename="../../ui/inspection/InspectionFooter.cpp" line="+33"/>
        <source>Complete inspection</source>
        <translation>完成巡检</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amend…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change an answer of this completed inspection, giving the reason</source>
        <translation>注明原因后更正这次已完成巡检的结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every answer is already saved</source>
        <translation>所有结果均已保存</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Critical failure: %1</source>
        <translation>关键项不通过：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 answered</source>
        <translation>已填 %1 / %2 项</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score: — (pass at %1)</source>
        <translation>得分：—（%1 分合格）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passes</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fails</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score: %1 (pass at %2) · %3</source>
        <translation>得分：%1（%2 分合格）· %3</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::InspectionForm</name>
    <message>
        <location filename="../../ui/inspection/InspectionForm.cpp" line="+52"/>
        <source>Whole section</source>
        <translation>整个分区</translation>
    </message>
    <message>
        <location line="+385"/>
        <location line="+5"/>
        <source>Complete inspection</source>
        <translation>完成巡检</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>◀ Previous section</source>
        <translation>◀ 上一分区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next section ▶</source>
        <translation>下一分区 ▶</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Show the whole section at once, or one item at a time (Ctrl+L)</source>
        <translation>一次显示整个分区，或逐项显示（Ctrl+L）</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+237"/>
        <source>Inspection</source>
        <translation>巡检</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>%1 — %2 (version %3)</source>
        <translation>%1 — %2（第 %3 版）</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+185"/>
        <source>Amend inspection</source>
        <translation>更正巡检</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Save answer</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <location filename="../../ui/inspection/InspectionFormEvidence.cpp" line="+46"/>
        <location line="+9"/>
        <source>Sample orders</source>
        <translation>抽查工单</translation>
    </message>
    <message>
        <location filename="../../ui/inspection/InspectionForm.cpp" line="+186"/>
        <source>This inspection is completed and locked. Why must it change? The reason is kept with the change.</source>
        <translation>这次巡检已完成并锁定。为什么需要修改？原因会随修改一起保存。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::InspectionItemPage</name>
    <message>
        <location filename="../../ui/inspection/InspectionItemPage.cpp" line="+30"/>
        <location line="+96"/>
        <source>Sample orders…</source>
        <translation>抽查工单…</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+103"/>
        <source>Corrective action…</source>
        <translation>整改措施…</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Critical: failing it fails the inspection</source>
        <translation>关键项：不通过则本次巡检不合格</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note: what you saw</source>
        <translation>备注：现场情况</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick service orders closed this month at random and keep the ones you checked with this answer</source>
        <translation>随机抽取本月已关闭的工单，并把核查过的工单作为本项的证据保存</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>◀ Previous</source>
        <translation>◀ 上一项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next ▶</source>
        <translation>下一项 ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter or Page Down</source>
        <translation>Enter 或 Page Down</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 · item %2 of %3</source>
        <translation>%1 · 第 %2 项，共 %3 项</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n order(s) kept as evidence</source>
        <translation>
            <numerusform>已保存 %n 张工单作为证据</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Equipment Status…</source>
        <translation>设备状况…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence…</source>
        <translation>证据工单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every piece in service with its maintenance status, to check and keep in the note</source>
        <translation>每台在用设备及其保养状况，可核对并记入备注</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Corrective action… (%n raised)</source>
        <translation>
            <numerusform>整改措施…（已提 %n 项）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No earlier inspection of this template to compare.</source>
        <translation>此模板没有以往的巡检可供对比。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last inspection: not answered.</source>
        <translation>上次巡检：未填写。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no answer recorded</source>
        <translation>未记录答案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last inspection (%1): %2</source>
        <translation>上次巡检（%1）：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repeat finding: it failed last time too.</source>
        <translation>重复问题：上次也不合格。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::InspectionItemTree</name>
    <message>
        <location filename="../../ui/inspection/InspectionItemTree.cpp" line="+20"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>结果</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(repeat)</source>
        <translation>（重复）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>⚑ %n action(s)</source>
        <translation>
            <numerusform>⚑ %n 项整改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>servicelens::ui::InspectionsPage</name>
    <message>
        <location filename="../../ui/inspection/InspectionsPage.cpp" line="+53"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Inspector</source>
        <translation>巡检人</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings</source>
        <translation>问题项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open actions</source>
        <translation>未完成整改</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Schedules…</source>
        <translation>巡检计划…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which template is inspected how often, and by whom</source>
        <translation>用哪个模板、多久巡检一次、由谁巡检</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New inspection…</source>
        <translation>新建巡检…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in inspections done elsewhere (JSON)</source>
        <translation>导入在别处完成的巡检（JSON）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected completed inspection as JSON</source>
        <translation>把选中的已完成巡检保存为 JSON</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No inspections yet. Start the one due above, or choose New inspection… to inspect the branch with a template.</source>
        <translation>还没有巡检。请开始上方到期的巡检，或选择“新建巡检…”用模板巡检网点。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+87"/>
        <source>Inspections</source>
        <translation>巡检记录</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Due and done</source>
        <translation>待办与已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrective actions</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing is due: choose New inspection… to inspect now</source>
        <translation>目前没有到期的巡检：如需现在巡检，请选择“新建巡检…”</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1 — %n day(s) overdue</source>
        <translation>
            <numerusform>%1 — 逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing due in the next two weeks</source>
        <translation>未来两周没有到期的巡检</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in the next two weeks: %1, %2 overdue</source>
        <translation>未来两周到期：%1 项，其中逾期 %2 项</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start the selected inspection (the most urgent unless you choose another)</source>
        <translation>开始所选巡检（默认选中最紧急的一项，也可另选）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (v%2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft — resume</source>
        <translation>草稿 — 继续</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fail</source>
        <translation>不通过</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n 次巡检</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print Inspection</source>
        <translation>打印巡检</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+34"/>
        <source>New inspection</source>
        <translation>新建巡检</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+8"/>
        <location line="+6"/>
        <source>Import inspections</source>
        <translation>导入巡检</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Inspections (*.json);;All files (*)</source>
        <translation>巡检 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 inspection(s) imported, %2 already present.</source>
        <translation>已导入 %1 次巡检，%2 次已存在。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+10"/>
        <source>Export inspection</source>
        <translation>导出巡检</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Only completed inspections can be exported.</source>
        <translation>只能导出已完成的巡检。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>inspection</source>
        <translation>巡检</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inspections (*.json)</source>
        <translation>巡检 (*.json)</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::KnowledgePage</name>
    <message>
        <location filename="../../ui/knowledge/KnowledgePage.cpp" line="+39"/>
        <source>%1 (n=%2)</source>
        <translation>%1（n=%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 % (n=%2)</source>
        <translation>%1 %（n=%2）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Search the cases (漏水, 不制冷, E30…)</source>
        <translation>搜索案例（漏水、不制冷、E30…）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Case…</source>
        <translation>新建案例(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders closed &amp;from:</source>
        <translation>工单关闭于(&amp;F)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;to:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+10"/>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <location line="+13"/>
        <source>Fault code</source>
        <translation>故障代码</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Models</source>
        <translation>适用型号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>编写人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Library</source>
        <translation>案例库(&amp;L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resolution with a case, wd</source>
        <translation>用案例时解决时长（工作日）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Without</source>
        <translation>未用</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>First-time fix with</source>
        <translation>用案例时一次修复率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopened with</source>
        <translation>用案例时返修率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before approval, wd</source>
        <translation>批准前解决时长（工作日）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>批准后</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Does It Help?</source>
        <translation>有没有用(&amp;D)？</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Orders</source>
        <translation>工单数</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Working days spent</source>
        <translation>耗用工作日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean, wd</source>
        <translation>平均（工作日）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phrase in orders without a fault code</source>
        <translation>无故障代码工单中的说法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write a Case for It…</source>
        <translation>为它写案例(&amp;W)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Gaps</source>
        <translation>空白(&amp;G)</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+5"/>
        <location line="+60"/>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Comparing the orders…</source>
        <translation>正在比较工单…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders closed %1, per fault code with an approved case: those a case was used on against the others, and the code&apos;s orders before the case was approved against after. ▲ or ▼ (green better, red worse): a difference beyond chance (two-proportion test, 95 %); none without it, however large it looks over a few orders. Over many fault codes about one in twenty differs by chance alone: trust a difference that holds period after period.</source>
        <translation>%1关闭的工单，按有已批准案例的故障代码：使用了案例的工单与其他工单对比，以及案例批准前后该故障代码工单的对比。▲ 或 ▼（绿色更好，红色更差）：超出偶然范围的差异（两比例检验，95%）；没有标记就不算差异，哪怕几张工单上看起来差很多。故障代码很多时，约二十个中就有一个会因偶然显出差异：要看差异是否在一个又一个时期里都成立。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Orders closed %1 whose fault code has no approved case, by the working days they took. Each is a case worth writing.</source>
        <translation>%1关闭、其故障代码还没有已批准案例的工单，按耗用的工作日排列。每一项都值得写一个案例。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every order of the period has a fault code.</source>
        <translation>这段时间的工单都有故障代码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below, what the descriptions of %1 orders without a fault code (the newest of %2) keep saying that no case holds.</source>
        <translation>下方：%1 张无故障代码工单（共 %2 张中最新的）的描述里反复出现、却没有案例涵盖的说法。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+128"/>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service flow</source>
        <translation>服务流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections</source>
        <translation>运营巡检</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team &amp; training</source>
        <translation>团队与培训</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>网点总览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defects</source>
        <translation>缺陷趋势</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowMenus.cpp" line="+24"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Demo Workbook</source>
        <translation>打开演示工作簿(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back Up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份还原(&amp;R)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Copy for &amp;Training…</source>
        <translation>导出培训用副本(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of the workbook with customers&apos; names and phone numbers replaced by pseudonyms, for trainers.</source>
        <translation>工作簿副本，客户姓名和电话号码已替换为化名，供培训讲师使用。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find in Workbook…</source>
        <translation>在工作簿中查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working-day &amp;Calendar…</source>
        <translation>工作日日历(&amp;C)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;SLA Policies…</source>
        <translation>服务时限政策(&amp;S)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Products and Categories…</source>
        <translation>产品与品类(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;Guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verify Workbook…</source>
        <translation>核验工作簿(&amp;V)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About ServiceLens</source>
        <translation>关于 ServiceLens(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No recent workbooks</source>
        <translation>没有最近打开的工作簿</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+113"/>
        <source>ServiceLens</source>
        <translation>ServiceLens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No workbook open</source>
        <translation>未打开工作簿</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — ServiceLens</source>
        <translation>%1 — ServiceLens</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Branch: %1 (%2)</source>
        <translation>网点：%1（%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period: %1</source>
        <translation>期间：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported %L1 rows: %L2 new, %L3 updated, %L4 unchanged, %L5 skipped.</source>
        <translation>已导入 %L1 行：新增 %L2，更新 %L3，未变 %L4，跳过 %L5。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n people added to the staff list.</source>
        <translation>
            <numerusform>已将 %n 人加入员工名单。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>CSV 或 Excel 文件 (*.csv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Found: %1</source>
        <translation>查找结果：%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>To print, select an order or an inspection, or open the Reports page.</source>
        <translation>要打印，请先选择一张工单或一次巡检，或打开报表页。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About ServiceLens</source>
        <translation>关于 ServiceLens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ServiceLens %1&lt;/h3&gt;&lt;p&gt;Service flows, branch inspections, satisfaction surveys, the team and its training for after-sales service centres, in one local workbook file.&lt;/p&gt;&lt;p&gt;Workbook format %2 · Qt %3&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ServiceLens %1&lt;/h3&gt;&lt;p&gt;面向售后服务中心的服务流程、网点巡检、满意度调查、团队与培训管理，全部数据保存在一个本地工作簿文件中。&lt;/p&gt;&lt;p&gt;工作簿格式 %2 · Qt %3&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::MaintenanceDialog</name>
    <message>
        <location filename="../../ui/equipment/MaintenanceDialog.cpp" line="+35"/>
        <source>Read:</source>
        <translation>读数：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate says:</source>
        <translation>证书注明：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill the &amp;Checklist…</source>
        <translation>填写检查表(&amp;C)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Maintenance of %1 %2</source>
        <translation>%1 %2 的保养</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Outside any plan</source>
        <translation>计划外</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This piece has no usage counter (edit it to give one).</source>
        <translation>这台设备没有使用计数（可编辑设备来设置）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Plan:</source>
        <translation>保养项目：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist:</source>
        <translation>检查表：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on:</source>
        <translation>保养日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter:</source>
        <translation>读数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate no.:</source>
        <translation>证书编号：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until:</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done by:</source>
        <translation>保养人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>its result decides the maintenance&apos;s</source>
        <translation>其结果即为本次保养的结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan has none</source>
        <translation>该计划没有检查表</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a draft: complete it to record the maintenance</source>
        <translation>草稿：完成后才能登记保养</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>completed and passed</source>
        <translation>已完成，合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed and failed: its corrective actions are on the Inspections page</source>
        <translation>已完成，不合格：整改措施见“运营巡检”页</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The checklist is still a draft: complete it first (Fill the Checklist…), or choose Cancel.</source>
        <translation>检查表仍是草稿：请先完成（填写检查表…），或选择取消。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::NetworkPage</name>
    <message>
        <location filename="../../ui/network/NetworkPage.cpp" line="+44"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Funnel plot of:</source>
        <translation>漏斗图指标(&amp;F)：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Funnel plot</source>
        <translation>漏斗图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twelve months</source>
        <translation>近十二个月</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+62"/>
        <source>Network</source>
        <translation>网点总览</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: data until %2</source>
        <translation>%1：数据截至 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no pack merged yet</source>
        <translation>%1：尚未合并数据包</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provisional: not every branch&apos;s data reaches the end of %1, so these figures may still change. %2</source>
        <translation>暂定：并非所有网点的数据都已覆盖到%1底，这些数字可能还会变化。%2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data until</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no pack</source>
        <translation>无数据包</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Within the funnel: %1 – %2 at 99.8 % for %n order(s); a rate inside it is not called different.</source>
        <translation>
            <numerusform>漏斗控制限：按 %n 张工单计，99.8 % 控制限为 %1 – %2；落在其中的比率不视为有差异。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Better than the network beyond chance (outside its 99.8 % limits %1 – %2).</source>
        <translation>显著优于全网（超出 99.8 % 控制限 %1 – %2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worse than the network beyond chance (outside its 99.8 % limits %1 – %2).</source>
        <translation>显著差于全网（超出 99.8 % 控制限 %1 – %2）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Network (all branches)</source>
        <translation>全网（全部网点）</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::NewWorkbookDialog</name>
    <message>
        <location filename="../../ui/workbook/NewWorkbookDialog.cpp" line="+29"/>
        <location line="+66"/>
        <source>New Workbook</source>
        <translation>新建工作簿</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>e.g. Shanghai Pudong Service Centre</source>
        <translation>例如：上海浦东售后服务中心</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workbook</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branch &amp;code:</source>
        <translation>网点编码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch &amp;name:</source>
        <translation>网点名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>ServiceLens workbooks (*.servicelens)</source>
        <translation>ServiceLens 工作簿 (*.servicelens)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose where to save the workbook.</source>
        <translation>请选择工作簿的保存位置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file with this name already exists.</source>
        <translation>已存在同名文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder does not exist.</source>
        <translation>文件夹不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The branch needs a code.</source>
        <translation>网点需要编码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The branch needs a name.</source>
        <translation>网点需要名称。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::OperatorDialog</name>
    <message>
        <location filename="../../ui/settings/OperatorDialog.cpp" line="+22"/>
        <source>Who Is Using ServiceLens?</source>
        <translation>谁在使用 ServiceLens？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name is recorded with every change you make, so that the history of each order, inspection and action says who did what. Choose yourself from the staff or type your name.</source>
        <translation>您所做的每一项修改都会记下您的姓名，这样每张工单、每次巡检和每项整改措施的历史记录都能说明是谁做了什么。请从员工名单中选择自己，或输入您的姓名。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Your name:</source>
        <translation>您的姓名(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can change it at any time in Settings ▸ Preferences.</source>
        <translation>之后可随时在“设置 ▸ 首选项”中更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Later</source>
        <translation>以后再说(&amp;L)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>for example 张经理</source>
        <translation>例如 张经理</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::OrderCasesTab</name>
    <message>
        <location filename="../../ui/knowledge/OrderCasesTab.cpp" line="+50"/>
        <source>Search the case library (漏水, 不制冷, E30…)</source>
        <translation>搜索案例库（漏水、不制冷、E30…）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fault code</source>
        <translation>故障代码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Used on This Order</source>
        <translation>用于本工单(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record that this case solved (or guided) this order&apos;s repair</source>
        <translation>记录此案例解决（或指导）了本工单的维修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Case…</source>
        <translation>编辑案例(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Order as &amp;Case…</source>
        <translation>将工单存为案例(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new draft case written from this closed order</source>
        <translation>根据这张已关闭的工单写一个新的案例草稿</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+91"/>
        <source>Cases</source>
        <translation>案例</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>No approved case fits this order&apos;s fault code, model or description yet. Search the library by words above.</source>
        <translation>还没有与本工单故障代码、型号或描述相符的已批准案例。可在上方按关键词搜索案例库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved cases that fit this order (its fault code, its model and the words of its description), best first:</source>
        <translation>与本工单相符的已批准案例（按故障代码、型号和描述用词），最相关的在前：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No case holds every word of “%1”.</source>
        <translation>没有案例包含“%1”中的每个词。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases holding every word of “%1”:</source>
        <translation>包含“%1”中每个词的案例：</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Symptom</source>
        <translation>现象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix</source>
        <translation>处理方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>适用型号</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · version %2 · by %3</source>
        <translation>%1 · 第 %2 版 · %3 编写</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save the order to record the cases used on it.</source>
        <translation>保存工单后才能记录所用的案例。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No case recorded as used on this order.</source>
        <translation>本工单尚未记录使用过的案例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used on this order: %1</source>
        <translation>本工单使用过：%1</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::OrderDialog</name>
    <message>
        <location filename="../../ui/flow/OrderDialog.cpp" line="+78"/>
        <source>Order %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New Order</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Order</source>
        <translation>工单(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeline and deadlines</source>
        <translation>时间线与期限(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The customer complained</source>
        <translation>客户已投诉</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Order &amp;id:</source>
        <translation>工单号(&amp;I)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cha&amp;nnel:</source>
        <translation>渠道(&amp;N)：</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+8"/>
        <source>C&amp;ases</source>
        <translation>案例(&amp;A)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>E&amp;quipment</source>
        <translation>设备(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;ases (%1)</source>
        <translation>案例(&amp;A)（%1）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>(not diagnosed yet)</source>
        <translation>（尚未诊断）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cate&amp;gory:</source>
        <translation>类别(&amp;G)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pro&amp;duct:</source>
        <translation>产品(&amp;D)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cu&amp;stomer:</source>
        <translation>客户(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Te&amp;chnician:</source>
        <translation>技术员(&amp;C)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visits:</source>
        <translation>上门次数：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopened:</source>
        <translation>返修次数：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fa&amp;ult:</source>
        <translation>故障(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault cod&amp;e:</source>
        <translation>故障代码(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage times</source>
        <translation>各环节时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responded</source>
        <translation>已响应</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Analysed</source>
        <translation>已分析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solution agreed</source>
        <translation>方案已确认</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Implemented</source>
        <translation>已完工</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 (not in the fault list)</source>
        <translation>%1（不在故障清单中）</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>An order needs an order id.</source>
        <translation>工单需要工单号。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Save Order</source>
        <translation>保存工单</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::OrderEquipmentTab</name>
    <message>
        <location filename="../../ui/equipment/OrderEquipmentTab.cpp" line="+30"/>
        <location line="+2"/>
        <location line="+87"/>
        <location line="+4"/>
        <location line="+14"/>
        <location line="+23"/>
        <location line="+11"/>
        <location line="+4"/>
        <location line="+16"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Used</source>
        <translation>使用时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting since</source>
        <translation>开始等待</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record Use</source>
        <translation>登记使用(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Waits for It</source>
        <translation>等待此设备(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No Longer Waits</source>
        <translation>结束等待(&amp;N)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Diagnosed with</source>
        <translation>诊断所用设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instruments used to find the fault: if one later fails its calibration, this order is among those to check again.</source>
        <translation>用于查找故障的仪器：若其日后校准不合格，本工单将列入需复核的工单。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiting for broken equipment</source>
        <translation>等待故障设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order cannot go on while a piece it needs is down: its SLA clock pauses as for parts when the policy says so, until the piece&apos;s repair is recorded.</source>
        <translation>所需设备故障时工单无法继续：若 SLA 策略允许暂停，其计时会像等待备件一样暂停，直到登记设备修复。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>still waiting</source>
        <translation>仍在等待</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No piece is down</source>
        <translation>没有故障设备</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::OrderHistoryTab</name>
    <message>
        <location filename="../../ui/flow/OrderHistoryTab.cpp" line="+19"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has been recorded for this order yet. Every change made from now on appears here: when, who, and each field before and after.</source>
        <translation>此工单尚无任何记录。今后的每一项修改都会显示在这里：何时、何人，以及每个字段修改前后的值。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::OrderTimelineTab</name>
    <message>
        <location filename="../../ui/flow/OrderTimelineTab.cpp" line="+34"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waiting for equipment</source>
        <translation>等待设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equipment back in service</source>
        <translation>设备恢复使用</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since the previous step</source>
        <translation>距上一步</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Corrective action…</source>
        <translation>整改措施…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record what must change because of this complaint, with an owner and a due date</source>
        <translation>记录因这次投诉需要改进的内容，指定负责人和截止日期</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Complaint on order %1: </source>
        <translation>工单 %1 投诉：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undo step</source>
        <translation>撤销上一步</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responded</source>
        <translation>已响应</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Analysed</source>
        <translation>已分析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solution agreed</source>
        <translation>方案已确认</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Implemented</source>
        <translation>已完工</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>not in the data: the file this order came from had no response times</source>
        <translation>不在数据中：此工单来源文件没有响应时间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>responded after the %1 h target</source>
        <translation>超过 %1 小时时限才响应</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not responded, %1 overdue</source>
        <translation>尚未响应，已逾期 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>closed after the due date %1</source>
        <translation>在期限 %1 之后关闭</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>due %1, %n working day(s) overdue</source>
        <translation>
            <numerusform>期限 %1，已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location line="-256"/>
        <source>Waiting for parts</source>
        <translation>等待备件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts arrived</source>
        <translation>备件到货</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer replied</source>
        <translation>客户已答复</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reopened</source>
        <translation>返修率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Next stage…</source>
        <translation>进入下一环节…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for parts…</source>
        <translation>等待备件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for customer…</source>
        <translation>等待客户…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End wait…</source>
        <translation>结束等待…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>responded within the %1 h target</source>
        <translation>在 %1 小时时限内响应</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>due %1, %2 left</source>
        <translation>期限 %1，剩余 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>closed within the target (due %1)</source>
        <translation>在时限内关闭（期限 %1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>due %1, overdue by less than a working day</source>
        <translation>%1 到期，已逾期不足 1 个工作日</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>due %1, %n working day(s) left</source>
        <translation>
            <numerusform>期限 %1，剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Response&lt;/b&gt; (%1): %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resolution&lt;/b&gt; (the order&apos;s own deadline, %3): %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;响应&lt;/b&gt;（%1）：%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;解决&lt;/b&gt;（工单自带期限 %3）：%4&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Response&lt;/b&gt; (%1): %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resolution&lt;/b&gt; (%3 working days): %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;响应&lt;/b&gt;（%1）：%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;解决&lt;/b&gt;（%3 个工作日）：%4&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Targets from: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;时限来自：%1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;p&gt;The clock was paused for %n working day(s) of waiting.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;因等待暂停计时 %n 个工作日。&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>servicelens::ui::OrdersPage</name>
    <message>
        <location filename="../../ui/flow/OrdersPage.cpp" line="+89"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All stages</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All priorities</source>
        <translation>全部优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Complaints or not</source>
        <translation>是否投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints only</source>
        <translation>仅投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No complaint</source>
        <translation>无投诉</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open orders past their resolution due date, in working days</source>
        <translation>按工作日计已超过解决期限的未关闭工单</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Click to sort; right-click to choose columns</source>
        <translation>点击排序；右键选择显示的列</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New Order…</source>
        <translation>新建工单(&amp;N)…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Orders</source>
        <translation>工单(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Process Map</source>
        <translation>流程图(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Process map: %1</source>
        <translation>流程图：%1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All technicians</source>
        <translation>全部技术员</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Filtered by %1</source>
        <translation>已筛选：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source> — %n order(s) match without the filters</source>
        <translation>
            <numerusform>——不加筛选时有 %n 张工单匹配</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Closed in %1</source>
        <translation>%1 关闭</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print Order</source>
        <translation>打印工单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · &lt;a href=&quot;all&quot;&gt;show all orders&lt;/a&gt;</source>
        <translation>%1 · &lt;a href=&quot;all&quot;&gt;显示全部工单&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>New order %1 saved</source>
        <translation>新工单 %1 已保存</translation>
    </message>
    <message numerus="yes">
        <location line="-60"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 张工单</numerusform>
        </translation>
    </message>
    <message>
        <location line="-271"/>
        <source>Search order id, customer, phone, product or fault (Ctrl+F)</source>
        <translation>搜索工单号、客户、电话、产品或故障描述（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+297"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit order %1</source>
        <translation>编辑工单 %1</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::OrdersTableModel</name>
    <message>
        <location filename="../../ui/flow/OrdersTableModel.cpp" line="+161"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue by less than a working day</source>
        <translation>已逾期不足 1 个工作日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due %1: %2</source>
        <translation>期限 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not responded to, past the response target.</source>
        <translation>尚未响应，已超过响应时限。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The clock was paused for %n working day(s) of waiting.</source>
        <translation>
            <numerusform>因等待暂停计时 %n 个工作日。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resolve by %1, the order&apos;s own deadline; respond within %2 h (%3)</source>
        <translation>%1 前解决（工单自身的截止时间）；%2 小时内响应（%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>by %1</source>
        <translation>%1 前</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 h / %n working day(s)</source>
        <translation>
            <numerusform>%1 小时 / %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Respond within %1 h, resolve within %n working day(s). Targets from: %2</source>
        <translation>
            <numerusform>%1 小时内响应，%n 个工作日内解决。时限来自：%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits</source>
        <translation>上门</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened</source>
        <translation>返修</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>时限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::PhotoScaler</name>
    <message>
        <location filename="../../ui/inspection/PhotoScaler.cpp" line="+35"/>
        <source>“%1” is not an image this program can read (%2).</source>
        <translation>“%1”不是本程序能读取的图片（%2）。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::PlanDialog</name>
    <message>
        <location filename="../../ui/equipment/PlanDialog.cpp" line="+41"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan %1</source>
        <translation>保养计划 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New maintenance plan</source>
        <translation>新建保养计划</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>周检, 月度保养, 年度校准…</source>
        <translation>周检、月度保养、年度校准……</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For every piece of its kind (give the piece a kind first)</source>
        <translation>适用于同类所有设备（请先为设备设置类别）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For every piece of kind “%1”</source>
        <translation>适用于所有“%1”类设备</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no one)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cadence:</source>
        <translation>周期类型：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every:</source>
        <translation>每：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On day of the month:</source>
        <translation>每月日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First month of the quarters:</source>
        <translation>季度起始月份：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts on:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist:</source>
        <translation>检查表：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried out by:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>units</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> months valid</source>
        <translation> 个月有效</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A plan by usage needs the piece&apos;s usage counter: edit the piece and choose what it counts.</source>
        <translation>按使用量的计划需要设备有使用计数：请编辑设备并选择计数单位。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::PreferencesDialog</name>
    <message>
        <location filename="../../ui/settings/PreferencesDialog.cpp" line="+23"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new language is used the next time ServiceLens starts.</source>
        <translation>新语言将在下次启动 ServiceLens 时生效。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorded with every change you make, in the history of each order, inspection and action</source>
        <translation>记录在您所做的每一项修改中，显示于每张工单、每次巡检和每项整改措施的历史记录里</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Your name:</source>
        <translation>您的姓名(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::ProcessMapPanel</name>
    <message>
        <location filename="../../ui/flow/ProcessMapPanel.cpp" line="+59"/>
        <source>No order closed in this month.</source>
        <translation>本月没有关闭的工单。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n rare move(s) (under 1 % of the orders) not drawn</source>
        <translation>
            <numerusform>%n 条少见流转（不足 1% 的工单）未画出</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All priorities</source>
        <translation>全部优先级</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>工单明细</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a path to open its orders</source>
        <translation>双击路径查看其工单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders closed in</source>
        <translation>关闭月份</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No order has been closed yet.</source>
        <translation>还没有关闭的工单。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Process map</source>
        <translation>流程图</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Orders: %1 · distinct paths: %2 · reopened: %3 (%4) · from imported event logs: %5. Each move shows its orders and median time; click a number to open its orders.</source>
        <translation>工单：%1 · 不同路径：%2 · 返修重开：%3（%4）· 来自导入的事件日志：%5。每条流转标出工单数和耗时中位数；点击数字查看对应工单。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>through %1</source>
        <translation>经过“%1”</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::ProductFields</name>
    <message>
        <location filename="../../ui/flow/ProductFields.cpp" line="+80"/>
        <source>Counts as model %1</source>
        <translation>计为型号 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts as model %1 · %2</source>
        <translation>计为型号 %1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names several models of the list (%1): head office will ask which</source>
        <translation>写到了清单中的多个型号（%1）：总部会确认是哪一个</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not in the product list: head office maps it to a model</source>
        <translation>不在产品清单中：由总部对应到型号</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::ProductListsDialog</name>
    <message>
        <location filename="../../ui/settings/ProductListsDialog.cpp" line="+61"/>
        <location line="+282"/>
        <location line="+16"/>
        <source>Products and Categories</source>
        <translation>产品与品类</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Text as the branches write it</source>
        <translation>网点的写法</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+23"/>
        <location line="+3"/>
        <source>Orders</source>
        <translation>工单数</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+22"/>
        <location line="+3"/>
        <source>Branches</source>
        <translation>网点数</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Names several models</source>
        <translation>写到了多个型号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Map</source>
        <translation>对应(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders keep the text their branch wrote; a mapping makes every order with this text, old and new and in every branch, count for the entry chosen.</source>
        <translation>工单保留网点原来的写法；对应之后，所有网点里写成这样的工单（不论新旧）都计入所选条目。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map the selected text to:</source>
        <translation>把选中的写法对应到：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+139"/>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Launched</source>
        <translation>上市日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Other spellings</source>
        <translation>其他写法</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To Map</source>
        <translation>待对应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>品类</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import Product List…</source>
        <translation>导入产品清单(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CSV file of models (型号, 名称, 品类, 上市日期, 别名): see the user guide.</source>
        <translation>型号的 CSV 文件（型号、名称、品类、上市日期、别名）：见用户指南。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forget a Spelling…</source>
        <translation>忘掉一种写法(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A spelling remembered for the selected model or category by mistake: forgotten, its orders are listed to map again.</source>
        <translation>为所选型号或品类误记的写法：忘掉后，这些工单重新列入待对应。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Counting the orders…</source>
        <translation>正在统计工单…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The lists are empty. Import head office&apos;s product list (a CSV file of models with their categories and other spellings) to see which orders each model and category has across the branches.</source>
        <translation>清单是空的。导入总部的产品清单（型号及其品类和其他写法的 CSV 文件），即可看到每个型号和品类在各网点有哪些工单。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%L1 orders: %L2 name a listed model (%3 %), %L4 have no product text; %L5 have a listed category (%6 %). %L7 texts match no entry.</source>
        <translation>%L1 张工单：%L2 张写的是清单中的型号（%3 %），%L4 张没有产品信息；%L5 张有清单中的品类（%6 %）。%L7 种写法对应不上任何条目。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To Map (%L1)</source>
        <translation>待对应（%L1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (%L1)</source>
        <translation>型号（%L1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories (%L1)</source>
        <translation>品类（%L1）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Forget a Spelling</source>
        <translation>忘掉一种写法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders written this way will no longer count for %1:</source>
        <translation>写成这样的工单将不再计入 %1：</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::ReportsPage</name>
    <message>
        <location filename="../../ui/report/ReportsPage.cpp" line="+61"/>
        <source>The branch is no longer in the workbook.</source>
        <translation>该网点已不在工作簿中。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Branch:</source>
        <translation>网点(&amp;B)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF — to read and send</source>
        <translation>PDF — 阅读和报送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XLSX — numbers to work with</source>
        <translation>XLSX — 可继续计算的数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV — the KPI table for other tools</source>
        <translation>CSV — 供其他工具使用的指标表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write customers&apos; phone numbers in full</source>
        <translation>完整写出客户电话号码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off by default: phone numbers are personal data and are masked (138****5678). Tick only for a recipient entitled to see them.</source>
        <translation>默认不勾选：电话号码属于个人信息，会打码显示（138****5678）。仅当接收人有权查看时才勾选。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;h2&gt;Monthly service report&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;月度服务报告&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>The workbook has no branch.</source>
        <translation>工作簿中没有网点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparing the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n page(s) in the PDF.</source>
        <translation>
            <numerusform>PDF 共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+5"/>
        <location line="+24"/>
        <source>Print Report</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>No workbook is open.</source>
        <translation>没有打开的工作簿。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparing the report…</source>
        <translation>正在准备报表…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <location line="+6"/>
        <location line="+20"/>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+39"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+25"/>
        <source>The report was not written.</source>
        <translation>报告未能写入。</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>Every figure is computed as on the dashboard, by the same rules.</source>
        <translation>所有数据与总览页按同一规则计算。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::RestoreBackupDialog</name>
    <message>
        <location filename="../../ui/workbook/RestoreBackupDialog.cpp" line="+23"/>
        <source>Restore from Backup</source>
        <translation>从备份还原</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ServiceLens copies the workbook every day it is opened (the last %1 days are kept) and before every upgrade. The backup you choose replaces the workbook; the current file is kept in &lt;code&gt;%2&lt;/code&gt;.</source>
        <translation>ServiceLens 在每天首次打开工作簿时以及每次升级前自动复制工作簿（保留最近 %1 天）。所选备份将替换当前工作簿；当前文件保留在 &lt;code&gt;%2&lt;/code&gt; 中。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Daily</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced by a restore</source>
        <translation>还原时被替换的文件</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Restore</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no backup of this workbook yet.</source>
        <translation>此工作簿尚无备份。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::ReviewKiosk</name>
    <message>
        <location filename="../../ui/team/ReviewKiosk.cpp" line="+39"/>
        <location line="+4"/>
        <location line="+217"/>
        <source>360-degree review</source>
        <translation>360度评估</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Type the code on your slip. Your answers are kept with your group only (peers, other departments…), never with your name; the code works once.</source>
        <translation>请输入您纸条上的评估码。您的回答只记录您所属的评价组（同事、其他部门……），不记录您的姓名；每个评估码只能使用一次。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Send My Answers</source>
        <translation>提交我的回答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave Without Sending</source>
        <translation>不提交，离开</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The form was left alone: nothing was sent.</source>
        <translation>问卷长时间无人操作：未提交任何内容。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Your own review, %1</source>
        <translation>%1 的自评</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewing %1, %2</source>
        <translation>评价 %1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The questionnaire is missing.</source>
        <translation>问卷缺失。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Rate at least one competency, or leave without sending.</source>
        <translation>请至少评价一项能力，或不提交离开。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thank you: your answers are in. Hand the laptop to the next person.</source>
        <translation>谢谢，您的回答已提交。请把电脑交给下一位。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was sent; the code still works.</source>
        <translation>未提交任何内容；评估码仍可使用。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::ReviewPersonView</name>
    <message>
        <location filename="../../ui/team/ReviewPersonView.cpp" line="+57"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Competency</source>
        <translation>能力项</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Others</source>
        <translation>他评</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+136"/>
        <source>Previous cycle</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Others − self</source>
        <translation>他评 − 自评</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Actions</source>
        <translation>行动</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How it went</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the Review</source>
        <translation>保存回顾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the Report…</source>
        <translation>打印个人报告…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add Goal</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Goal</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the Plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Development plan after this cycle:</source>
        <translation>本周期之后的发展计划：</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+139"/>
        <location line="+55"/>
        <source>360-degree reviews</source>
        <translation>360度评估</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Choose a person in the results above.</source>
        <translation>请在上方结果中选择一位被评人。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measured over %1 to %2</source>
        <translation>%1 至 %2 的实测</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no figures — the scorecard measures technicians who closed orders in the period.</source>
        <translation>%1：无数据——绩效看板只统计期间内关闭过工单的技术员。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not in the data</source>
        <translation>数据中没有</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 orders closed · resolution %3 working days · first-time fix %4 · SLA met %5 · reopened %6 · satisfaction %7 (n %8)</source>
        <translation>%1：关闭工单 %2 张 · 解决时长 %3 个工作日 · 一次修复率 %4 · SLA 达成率 %5 · 返修率 %6 · 满意度 %7（样本 %8）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The others&apos; mean in the previous cycle</source>
        <translation>上一周期的他评均分</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No earlier cycle: nothing to review.</source>
        <translation>没有更早的周期：无需回顾。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan after %1, to review now:</source>
        <translation>%1 之后的计划，现在回顾：</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>360-degree review %1</source>
        <translation>360度评估 %1</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::ReviewsView</name>
    <message>
        <location filename="../../ui/team/ReviewsView.cpp" line="+49"/>
        <source>Cycle</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period reviewed</source>
        <translation>评估期间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers taken</source>
        <translation>收集期间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Competency</source>
        <translation>能力项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest – highest</source>
        <translation>最低 – 最高</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Below the threshold</source>
        <translation>低于阈值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Cycle…</source>
        <translation>新建周期…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaire…</source>
        <translation>问卷…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The competencies, their behaviour anchors and the open questions; a running cycle keeps the version it began with</source>
        <translation>能力项、行为描述和开放题；进行中的周期保持开始时的版本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raters from the Team</source>
        <translation>按团队指定评价人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each person of customer service and technical support, by themself, the manager, colleagues of their role and of the other roles</source>
        <translation>客服和技术支持的每个人：由本人、上级、同岗位同事和其他岗位同事评价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue and Print Codes…</source>
        <translation>生成并打印评估码…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One code per rater, per person and group, handed out in any order within the group: shown once</source>
        <translation>每位评价人一个评估码，按被评人和评价组生成，在组内随意分发：只显示一次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kiosk Mode…</source>
        <translation>现场填写模式…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand the laptop from rater to rater; Ctrl+Alt+Q leaves it</source>
        <translation>电脑在评价人之间传递填写；按 Ctrl+Alt+Q 退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Cycle</source>
        <translation>结束周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts the codes and deletes them; no more answers</source>
        <translation>统计并删除评估码；不再接受回答</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>What was written (sorted, never in the order it came):</source>
        <translation>文字评价（已排序，不按提交顺序显示）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What Was Written</source>
        <translation>书面意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed training: competencies the others rated below the threshold, and the courses not yet attended that build them:</source>
        <translation>推荐培训：他评低于阈值的能力项，以及尚未参加、可提升该能力的课程：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proposed Training</source>
        <translation>建议培训</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each team&apos;s spread of the others&apos; means, from the shown results only (people without a team are grouped by role):</source>
        <translation>各班组他评均分的分布，只用已显示的结果（未分班组的人按岗位归组）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teams</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+49"/>
        <location line="+6"/>
        <location line="+13"/>
        <location line="+2"/>
        <location line="+29"/>
        <location line="+34"/>
        <location line="+11"/>
        <location line="+29"/>
        <location line="+63"/>
        <location line="+41"/>
        <source>360-degree reviews</source>
        <translation>360度评估</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+95"/>
        <source>The review questionnaire is missing.</source>
        <translation>评估问卷缺失。</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Issue and Print Codes</source>
        <translation>生成并打印评估码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The codes are shown only once. Print them as slips to cut apart (for the kiosk), or as one paper form per code?</source>
        <translation>评估码只显示一次。打印成可剪开的纸条（用于现场填写终端），还是每个评估码一份纸质问卷？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slips to Cut Apart</source>
        <translation>可剪开的纸条</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Paper Form per Code</source>
        <translation>每码一份纸质问卷</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Review codes %1</source>
        <translation>评估码 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review forms %1</source>
        <translation>评估问卷 %1</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+227"/>
        <source>Person</source>
        <translation>被评人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>评价组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>份数</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (one person)</source>
        <translation>%1（一人）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Others − self</source>
        <translation>他评 − 自评</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 · %2 %3 → %4 %5</source>
        <translation>%1 · %2 %3 → %4 %5</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>People reviewed: %1. Peers, other departments and customers show only with three answers or more (%n group(s) hidden); self and manager are one person each. Red: below the cycle&apos;s training threshold of %2.</source>
        <translation>
            <numerusform>被评价人数：%1。同事、其他部门和客户的结果至少三份回答才显示（%n 组未显示）；自评和上级各为一人。红色：低于本周期的培训阈值 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>servicelens::ui::SchedulesDialog</name>
    <message>
        <location filename="../../ui/inspection/SchedulesDialog.cpp" line="+41"/>
        <location line="+8"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Inspection schedules</source>
        <translation>巡检计划</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspector</source>
        <translation>巡检人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequency:</source>
        <translation>频率：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector:</source>
        <translation>巡检人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next due:</source>
        <translation>下次到期：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New schedule</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <source>(nobody yet)</source>
        <translation>（暂未指定）</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::SearchDialog</name>
    <message>
        <location filename="../../ui/workbook/SearchDialog.cpp" line="+38"/>
        <source>Orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspections</source>
        <translation>巡检</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrective actions</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey comments</source>
        <translation>调查意见</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Find in Workbook</source>
        <translation>在工作簿中查找</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order id, customer, phone, product, fault, inspection note, action, comment…</source>
        <translation>工单号、客户、电话、产品、故障、巡检备注、整改措施、客户意见…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found</source>
        <translation>找到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the text is</source>
        <translation>所在内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type two characters or more.</source>
        <translation>请输入至少两个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing in this branch&apos;s workbook contains “%1”.</source>
        <translation>本网点的工作簿中没有包含“%1”的内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest 20 of each kind at most; Enter or a double-click opens the one selected.</source>
        <translation>每类最多显示最新的 20 条；按回车或双击打开所选的一条。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::SectionAnswers</name>
    <message>
        <location filename="../../ui/inspection/SectionAnswers.cpp" line="+69"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Accepted: %1 to %2</source>
        <translation>合格范围：%1 至 %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Photos: in the item view</source>
        <translation>照片：请在逐项视图中添加</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::SessionDialog</name>
    <message>
        <location filename="../../ui/team/SessionDialog.cpp" line="+61"/>
        <source>Training session</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New course…</source>
        <translation>新建课程…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>New course</source>
        <translation>新建课程</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Title:</source>
        <translation>课程名称：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skill area:</source>
        <translation>技能领域：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid for (months, 0 = does not expire):</source>
        <translation>有效期（月，0 = 不过期）：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Attended</source>
        <translation>参训</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score before</source>
        <translation>培训前成绩</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score after</source>
        <translation>培训后成绩</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Course:</source>
        <translation>课程：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer:</source>
        <translation>讲师：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours:</source>
        <translation>学时：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tick who attended; scores 0–100, empty when not assessed.</source>
        <translation>勾选参训人员；成绩为 0–100，未考核则留空。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the course, or make a new one.</source>
        <translation>请选择课程，或新建一门课程。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: a score is a number from 0 to 100, or empty.</source>
        <translation>%1：成绩应为 0 到 100 的数字，或留空。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::SlaPolicyDialog</name>
    <message>
        <location filename="../../ui/flow/SlaPolicyDialog.cpp" line="+32"/>
        <source>SLA Policies</source>
        <translation>服务时限政策</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The most specific row that matches an order sets its targets: category and priority, then category, then priority, then any order (a blank priority or category means any). An order with its own deadline from its export keeps that deadline.</source>
        <translation>与工单匹配的最具体的一行决定其时限：先看类别加优先级，再看类别，再看优先级，最后是任意工单（优先级或类别留空表示任意）。导出文件中自带截止时间的工单仍按其自身截止时间。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Respond within</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve within</source>
        <translation>解决时限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause while waiting</source>
        <translation>等待时暂停</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add Row</source>
        <translation>添加一行(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove Row</source>
        <translation>删除行(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pausing moves an order&apos;s due date by the working days it waits for parts or the customer, on its form and in the monthly figures alike. Orders no row matches keep KPI.md&apos;s default for their priority.</source>
        <translation>暂停时，工单等待备件或客户的工作日会顺延其截止日期，工单表单和月度指标都一样。没有政策匹配的工单按 KPI.md 中其优先级的默认时限计算。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+10"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source> working day(s)</source>
        <translation>
            <numerusform> 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>for parts or the customer</source>
        <translation>等待备件或客户时</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::StaffDialog</name>
    <message>
        <location filename="../../ui/team/StaffDialog.cpp" line="+28"/>
        <source>Known:</source>
        <translation>已知：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active (works here now)</source>
        <translation>在职</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New staff member</source>
        <translation>新员工</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>People who left are made inactive: their history stays</source>
        <translation>离职人员设为不在职：其历史记录保留</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Staff code (工号):</source>
        <translation>工号：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>岗位：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team:</source>
        <translation>班组：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hire date:</source>
        <translation>入职日期：</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::SurveyCharts</name>
    <message>
        <location filename="../../ui/survey/SurveyCharts.cpp" line="-198"/>
        <source>CSAT %1 %, NPS %2 in %3</source>
        <translation>%3 满意度 %1%，NPS %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT and NPS</source>
        <translation>满意度与 NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT %</source>
        <translation>满意度 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>CSAT target</source>
        <translation>满意度目标</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Dimensions: share satisfied (4–5), target %1 %</source>
        <translation>各维度满意占比（4–5 分），目标 %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below target</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Overall satisfaction (1–5), answers</source>
        <translation>总体满意度（1–5）分布</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommendation (0–10): detractors, passives, promoters</source>
        <translation>推荐度（0–10）：贬损者、被动者、推荐者</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::SurveyDesigner</name>
    <message>
        <location filename="../../ui/survey/SurveyDesigner.cpp" line="+69"/>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Single choice: one option per line</source>
        <translation>单选题：每行一个选项</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add question</source>
        <translation>添加题目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+20"/>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Type:</source>
        <translation>题型：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimension:</source>
        <translation>维度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question (English):</source>
        <translation>题目（英文）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question (Chinese):</source>
        <translation>题目（中文）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options (English):</source>
        <translation>选项（英文）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options (Chinese):</source>
        <translation>选项（中文）：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name (English):</source>
        <translation>名称（英文）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Chinese):</source>
        <translation>名称（中文）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script (English):</source>
        <translation>开场白（英文）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script (Chinese):</source>
        <translation>开场白（中文）：</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>New question</source>
        <translation>新题目</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Questionnaire saved</source>
        <translation>问卷已保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers were given to the earlier version, so this was saved as version %1. Those answers keep theirs.</source>
        <translation>旧版本已有回答，因此另存为第 %1 版。那些回答仍属于原版本。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::SurveysPage</name>
    <message>
        <location filename="../../ui/survey/SurveysPage.cpp" line="+67"/>
        <source>Due</source>
        <translation>应回访时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+62"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+59"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>拨打次数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Answers</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Mean (1–5)</source>
        <translation>平均分（1–5）</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Against the rest</source>
        <translation>与其余相比</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detractors only (0–6)</source>
        <translation>仅贬损者（0–6 分）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start calling</source>
        <translation>开始回访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The calls one after another, from the selected one</source>
        <translation>从选中的客户开始依次回访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questionnaire…</source>
        <translation>问卷…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The questions asked in the calls</source>
        <translation>回访时提的问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which orders are surveyed and when</source>
        <translation>哪些工单需要回访、何时回访</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: the customer complained about the order — call first.</source>
        <translation>：客户曾就该工单投诉——请优先回访。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>近 3 个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer segment</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>By:</source>
        <translation>分组：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>± is the 95 % margin of error. ▲/▼: better or worse than the rest beyond chance; small groups are rarely marked.</source>
        <translation>± 为 95% 置信水平的误差范围。▲/▼：与其余相比明显更好或更差（超出随机波动）；样本小的分组很少被标记。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>By group</source>
        <translation>分组对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key drivers</source>
        <translation>关键因素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+60"/>
        <location line="+3"/>
        <source>Callback list</source>
        <translation>回访清单</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+34"/>
        <source>Incident calls</source>
        <translation>事件回访</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Incident calls (%1)</source>
        <translation>事件回访（%1）</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nobody to call now: surveys become due a day after an order is followed up or closed.</source>
        <translation>现在没有需要回访的客户：工单回访或关闭一天后进入回访清单。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n call(s) to make</source>
        <translation>
            <numerusform>待回访 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Survey analysis</source>
        <translation>满意度分析</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered surveys from %2 to %3, %4 with a comment</source>
        <translation>%2 至 %3 共 %1 份有效回访，其中 %4 份有意见</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key customers</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regular customers</source>
        <translation>普通客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▲ better</source>
        <translation>▲ 更好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▼ worse</source>
        <translation>▼ 更差</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A small sample: read with care</source>
        <translation>样本较小：请谨慎解读</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>satisfaction %1</source>
        <translation>满意度 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No questionnaire.</source>
        <translation>没有问卷。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <location line="+28"/>
        <source>Survey settings</source>
        <translation>回访设置</translation>
    </message>
    <message>
        <location line="-21"/>
        <source> day(s)</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Survey this share of orders:</source>
        <translation>回访工单比例：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call after follow-up or closing:</source>
        <translation>回访/关闭后多久回访：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls before “no answer”:</source>
        <translation>拨打几次无人接听后结束：</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::TargetsDialog</name>
    <message>
        <location filename="../../ui/dashboard/TargetsDialog.cpp" line="+28"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source> orders</source>
        <translation> 张</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboard Targets</source>
        <translation>总览目标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no target</source>
        <translation>不设目标</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer satisfaction at least:</source>
        <translation>客户满意度不低于：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean resolution at most:</source>
        <translation>平均解决时长不超过：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responded within target at least:</source>
        <translation>按时响应率不低于：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint rate at most:</source>
        <translation>投诉率不超过：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA met at least:</source>
        <translation>SLA 达成率至少：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-time fix at least:</source>
        <translation>一次修复率至少：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders received at most (capacity):</source>
        <translation>受理工单至多（承接能力）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backlog at month end at most:</source>
        <translation>月末积压至多：</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::TeamPage</name>
    <message>
        <location filename="../../ui/team/TeamPage.cpp" line="+74"/>
        <source>Too few to compare: read with care</source>
        <translation>样本太少，无法比较：请谨慎解读</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+13"/>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+6"/>
        <location line="+7"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+6"/>
        <source>Closed</source>
        <translation>关闭工单</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+6"/>
        <source>SLA met</source>
        <translation>SLA 达成率</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>First-time fix</source>
        <translation>一次修复率</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Reopened</source>
        <translation>返修率</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+6"/>
        <source>Resolution
(working days)</source>
        <translation>解决时长
（工作日）</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>P90
(working days)</source>
        <translation>P90
（工作日）</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+6"/>
        <source>CSAT
(answers)</source>
        <translation>满意度
（样本）</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>NPS
(answers)</source>
        <translation>NPS
（样本）</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Findings</source>
        <translation>巡检问题</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Trainings</source>
        <translation>参加培训</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skill area</source>
        <translation>技能领域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trainer</source>
        <translation>讲师</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendees</source>
        <translation>参训人数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessment gain</source>
        <translation>考核提升</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>近 3 个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Double-click a technician for their twelve months and where they stand</source>
        <translation>双击技术员查看其近十二个月的表现和排名位置</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Teams</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grey: fewer than %1 closed orders or %2 survey answers — too few to rank anyone on. Click a column to sort; right-click to choose the columns.</source>
        <translation>灰色：关闭工单少于 %1 张或回访样本少于 %2 份——样本太少，不宜据此排名。点击列标题排序；右键选择要显示的列。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New staff member…</source>
        <translation>新建员工…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Training matrix: when each person was last trained in each skill area — red expired, amber expiring within 30 days, grey never.</source>
        <translation>培训矩阵：每人在各技能领域最近一次培训的时间——红色已过期，橙色 30 天内到期，灰色从未培训。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Effect on results…</source>
        <translation>培训效果…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The attendees&apos; results before and after the selected session, beside their colleagues&apos;</source>
        <translation>参训人员在所选培训前后的绩效，并与未参训同事对比</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New session…</source>
        <translation>新建培训…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+102"/>
        <source>Scorecard</source>
        <translation>绩效看板</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>360 Reviews</source>
        <translation>360度评估</translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>%1 to %2: %n technician(s)</source>
        <translation>
            <numerusform>%1 至 %2：%n 名技术员</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>不在职</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::TechnicianDialog</name>
    <message>
        <location filename="../../ui/team/TechnicianDialog.cpp" line="+51"/>
        <source>First-time fix</source>
        <translation>一次修复率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA met</source>
        <translation>SLA 达成率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution, working days (mean)</source>
        <translation>平均解决时长（工作日）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened</source>
        <translation>返修率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No training recorded.</source>
        <translation>没有培训记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainings: %1</source>
        <translation>参加的培训：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 over twelve months</source>
        <translation>近十二个月%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>All technicians of the period</source>
        <translation>本期全部技术员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Others</source>
        <translation>其他人</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::TemplateEditor</name>
    <message>
        <location filename="../../ui/inspection/TemplateEditor.cpp" line="+106"/>
        <source>Critical: failing it fails the inspection</source>
        <translation>关键项：不通过则本次巡检不合格</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit template</source>
        <translation>编辑模板</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A maintenance checklist is filled with an equipment maintenance (the Equipment page) and kept out of the branch&apos;s inspection figures.</source>
        <translation>设备保养检查表随设备保养填写（在“设备”页），不计入网点巡检指标。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no minimum</source>
        <translation>无下限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no maximum</source>
        <translation>无上限</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sections and items</source>
        <translation>分区与检查项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Title (English):</source>
        <translation>标题（英文）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (Chinese):</source>
        <translation>标题（中文）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question (English):</source>
        <translation>问题（英文）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question (Chinese):</source>
        <translation>问题（中文）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guidance (English):</source>
        <translation>检查方法（英文）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guidance (Chinese):</source>
        <translation>检查方法（中文）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight:</source>
        <translation>权重：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted range:</source>
        <translation>合格范围：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a section or an item to edit it.</source>
        <translation>选择一个分区或检查项进行编辑。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add section</source>
        <translation>添加分区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add item</source>
        <translation>添加检查项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alt+Up (or drag with the mouse)</source>
        <translation>Alt+↑（或用鼠标拖动）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Down (or drag with the mouse)</source>
        <translation>Alt+↓（或用鼠标拖动）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name (English):</source>
        <translation>名称（英文）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Chinese):</source>
        <translation>名称（中文）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pass score:</source>
        <translation>合格分：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frequency:</source>
        <translation>频率：</translation>
    </message>
    <message>
        <location line="+124"/>
        <location line="+4"/>
        <source>New section</source>
        <translation>新分区</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New question</source>
        <translation>新问题</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>“%1” is an item: put it inside a section.</source>
        <translation>“%1”是检查项：请放入某个分区。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Passes at %1; %2 items.</source>
        <translation>%1 分合格；共 %2 项。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>weight %1</source>
        <translation>权重 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>critical</source>
        <translation>关键项</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Template saved</source>
        <translation>模板已保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections already use the earlier version, so this was saved as version %1. Those inspections keep theirs.</source>
        <translation>已有巡检使用旧版本，因此另存为第 %1 版。那些巡检仍使用原版本。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::TemplatesView</name>
    <message>
        <location filename="../../ui/inspection/TemplatesView.cpp" line="+35"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspections</source>
        <translation>巡检</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New template…</source>
        <translation>新建模板…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a template another branch shared (JSON)</source>
        <translation>添加其他网点共享的模板（JSON）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the template as JSON to share it</source>
        <translation>把模板保存为 JSON 以便共享</translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Import template</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Inspection templates (*.json);;All files (*)</source>
        <translation>巡检模板 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is already in the workbook, unchanged.</source>
        <translation>“%1”已在工作簿中，未改变。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was imported as version %2.</source>
        <translation>“%1”已导入为第 %2 版。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>Export template</source>
        <translation>导出模板</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Inspection templates (*.json)</source>
        <translation>巡检模板 (*.json)</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::TrainingEffectDialog</name>
    <message>
        <location filename="../../ui/team/TrainingEffectDialog.cpp" line="+50"/>
        <source>Did the training change results?</source>
        <translation>培训是否带来了改变？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days before and after</source>
        <translation>培训前后各 %1 天</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+134"/>
        <source>Attendees before</source>
        <translation>参训者·培训前</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+134"/>
        <source>Attendees after</source>
        <translation>参训者·培训后</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+1"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+134"/>
        <source>Others before</source>
        <translation>未参训者·培训前</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+134"/>
        <source>Others after</source>
        <translation>未参训者·培训后</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Change marked ✔ when it is beyond chance (a two-proportion test at 95 %); (n) is how many orders or survey answers it rests on.</source>
        <translation>✔ 表示变化超出随机波动（95% 置信水平的双比例检验）；括号内为所依据的工单或回访样本数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Competency</source>
        <translation>能力项</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>360-degree reviews: none was answered %1 the session, so their ratings cannot show an effect.</source>
        <translation>360度评估：没有在本次培训%1作答的评估，评分无法说明效果。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>after</source>
        <translation>之后</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>360-degree reviews answered before and after it: %1 (%2 to %3) and %4 (%5 to %6); the others&apos; mean of each person rated in both. ✔: the attendees changed beyond the others&apos; change (Welch&apos;s t-test at 95 %, three people a side at least).</source>
        <translation>培训前后作答的360度评估：%1（%2 至 %3）和 %4（%5 至 %6）；两次都被评者的他评均分。✔：参训者的变化超出未参训者的变化（Welch t 检验，95 %，每组至少三人）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The course&apos;s skill area builds none of the questionnaire&apos;s competencies.</source>
        <translation>该课程的技能领域不对应问卷中的任何能力项。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Session of %1: %2 technician(s) attended, %3 did not; assessment gain %4.</source>
        <translation>%1 的培训：%2 名技术员参训，%3 名未参训；考核提升 %4。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Before and after, attendees against the others</source>
        <translation>培训前后：参训者与未参训者对比</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::TrainingMatrixView</name>
    <message>
        <location filename="../../ui/team/TrainingMatrixView.cpp" line="+33"/>
        <source>Team:</source>
        <translation>班组：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role:</source>
        <translation>岗位：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All roles</source>
        <translation>全部岗位</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expired on %1</source>
        <translation>已于 %1 过期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expires on %1</source>
        <translation>将于 %1 到期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current until %1</source>
        <translation>有效期至 %1</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::UserGuideDialog</name>
    <message>
        <location filename="../../ui/settings/UserGuideDialog.cpp" line="+18"/>
        <source>ServiceLens User Guide</source>
        <translation>ServiceLens 用户指南</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::VerifyActionDialog</name>
    <message>
        <location filename="../../ui/inspection/ActionDialog.cpp" line="+37"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verify corrective action</source>
        <translation>验证整改措施</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What you checked and found</source>
        <translation>检查内容与结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action:</source>
        <translation>整改措施：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified by:</source>
        <translation>验证人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photo:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept as done</source>
        <translation>验证通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send back…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not done well enough: back to its owner, with your note as the reason</source>
        <translation>整改未到位：退回负责人，备注即为原因</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.jpg *.jpeg *.png *.heic *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.heic *.bmp)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose who verified it: someone other than its owner.</source>
        <translation>请选择验证人：须为负责人以外的人。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::WorkbookContext</name>
    <message>
        <location filename="../../ui/workbook/WorkbookContext.cpp" line="+24"/>
        <source>The workbook has no branch.</source>
        <translation>工作簿中没有网点。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No workbook is open.</source>
        <translation>没有打开的工作簿。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::WorkbookController</name>
    <message>
        <location filename="../../ui/workbook/WorkbookController.cpp" line="+41"/>
        <source>Today&apos;s automatic backup could not be made: %1</source>
        <translation>今日自动备份未能完成：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today&apos;s backup made: %1</source>
        <translation>今日备份已完成：%1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The workbook was upgraded; a copy of the old version is in %1</source>
        <translation>工作簿已升级；旧版本的副本保存在 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connect to Head Office Store</source>
        <translation>连接总部数据库</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The workbook could not be checked: %1</source>
        <translation>无法检查工作簿：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is damaged. Keep working only after restoring a backup: what is read from it may be wrong.</source>
        <translation>“%1”已损坏。请先恢复备份再继续工作：从中读出的内容可能有误。</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <location line="+102"/>
        <location line="+20"/>
        <source>Open Workbook</source>
        <translation>打开工作簿</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;ServiceLens has an automatic backup of this workbook from &lt;b&gt;%2&lt;/b&gt;. Restore it? The file that cannot be opened is kept in the backup folder, untouched.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;ServiceLens 有此工作簿 &lt;b&gt;%2&lt;/b&gt; 的自动备份。是否还原？无法打开的文件将原样保留在备份文件夹中。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Restore the Backup</source>
        <translation>还原备份(&amp;R)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore from Backup</source>
        <translation>从备份还原</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored the backup.</source>
        <translation>已还原备份。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored the backup; the previous file is kept as %1</source>
        <translation>已还原备份；原文件保留为 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Demo Workbook</source>
        <translation>演示工作簿</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New Workbook</source>
        <translation>新建工作簿</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No workbook is open.</source>
        <translation>没有打开的工作簿。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::YearCalendarView</name>
    <message>
        <location filename="../../ui/flow/YearCalendarView.cpp" line="+157"/>
        <source>Holiday</source>
        <translation>假日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day off</source>
        <translation>休息日</translation>
    </message>
</context>
</TS>
