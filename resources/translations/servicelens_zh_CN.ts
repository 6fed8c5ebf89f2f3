<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BranchRepository</name>
    <message>
        <location filename="../../core/workbook/Branch.cpp" line="+43"/>
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
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <location filename="../../core/flow/CalendarRepository.cpp" line="+81"/>
        <source>The calendar day is not a valid date.</source>
        <translation>日历中的日期无效。</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The shipped calendar is damaged at line %1.</source>
        <translation>内置日历第 %1 行已损坏。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Official calendar of mainland China (State Council General Office)</source>
        <translation>中国大陆官方节假日安排（国务院办公厅）</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/CommandLine.cpp" line="+67"/>
        <source>Run “servicelens --help” for the commands.</source>
        <translation>运行“servicelens --help”查看可用命令。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “servicelens %1 --help” for the options.</source>
        <translation>运行“servicelens %1 --help”查看选项。</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+1"/>
        <location line="+140"/>
        <location line="+195"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="-327"/>
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
        <location line="+1"/>
        <location line="+222"/>
        <source>CODE</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="-220"/>
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
        <location line="+6"/>
        <source>Create a new workbook.</source>
        <translation>新建工作簿。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+84"/>
        <source>--db FILE is required.</source>
        <translation>必须指定 --db 文件。</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>--seed and --orders need --demo.</source>
        <translation>--seed 和 --orders 需要与 --demo 一起使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo workbook has its own branch; leave out --branch, --branch-name and --timezone.</source>
        <translation>演示工作簿自带网点，请勿指定 --branch、--branch-name 和 --timezone。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a time zone; use an IANA name such as Asia/Shanghai.</source>
        <translation>“%1”不是时区，请使用 IANA 时区名称，例如 Asia/Shanghai。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Created %1 with branch %2.</source>
        <translation>已创建 %1，网点 %2。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--seed must be a whole number.</source>
        <translation>--seed 必须是整数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--orders must be a whole number from 1 to %1.</source>
        <translation>--orders 必须是 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Generating demo orders: %1 %</source>
        <translation>正在生成演示工单：%1 %</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Created demo workbook %1: branch %2, %3 staff, %4 orders (seed %5).</source>
        <translation>已创建演示工作簿 %1：网点 %2，员工 %3 人，工单 %4 张（种子 %5）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Verify a workbook without changing it.</source>
        <translation>校验工作簿，不做任何修改。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is damaged:</source>
        <translation>%1 已损坏：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: workbook format %2, integrity ok, references ok.</source>
        <translation>%1：工作簿格式 %2，完整性正常，引用关系正常。</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <source>--db FILE and --out FILE are required.</source>
        <translation>必须指定 --db 文件和 --out 文件。</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+35"/>
        <source>Branch %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service orders</source>
        <translation type="unfinished">服务工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished">已受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation type="unfinished">已关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backlog at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean response (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responded within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution, working days (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution, working days (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution, working days (p90)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-time fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median dwell per stage (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← bottleneck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation type="unfinished">关闭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wd mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FTF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Surveys and inspections: no data in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The month, as YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The branch code (default: the first branch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the JSON of KPI.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print a month&apos;s KPIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--db FILE and --month YYYY-MM are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a month; write it as YYYY-MM, e.g. 2026-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The workbook has no branch “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>warning: the working-day calendar does not cover %1; working days count Monday to Friday only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>ServiceLens: after-sales service centre operations.

Without a command it opens the window. Commands (run headless):
  init      create a workbook, optionally with demo data
  check     verify a workbook without changing it
  backup    copy a workbook safely
  kpi       print a month&apos;s KPIs (--json for the JSON of KPI.md)
  import, report, inspection, export-training-copy: coming in later versions

Exit status: 0 done, 1 other failure, 2 wrong usage, 3 invalid input data, 4 database problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open this workbook in the window.</source>
        <translation>在主窗口中打开此工作簿。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the demo workbook in the window, creating it if needed.</source>
        <translation>在主窗口中打开演示工作簿（如不存在则先创建）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The “%1” command is not available yet in this version.</source>
        <translation>此版本尚未提供“%1”命令。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown command “%1”. Commands: %2.</source>
        <translation>未知命令“%1”。可用命令：%2。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../../core/io/CsvReader.cpp" line="+61"/>
        <source>Out of memory while reading CSV.</source>
        <translation>读取 CSV 时内存不足。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line %1: the CSV text is malformed (%2); check the quotes.</source>
        <translation>第 %1 行：CSV 格式错误（%2），请检查引号。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../core/storage/Database.cpp" line="+144"/>
        <source>Another program is using the workbook; close it and try again.</source>
        <translation>另一个程序正在使用该工作簿，请关闭后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is damaged.</source>
        <translation>文件已损坏。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“%1” is a folder, not a workbook file.</source>
        <translation>“%1”是文件夹，不是工作簿文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+72"/>
        <location line="+26"/>
        <location line="+50"/>
        <location line="+36"/>
        <source>“%1” cannot be opened.</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>“%1” cannot be read.</source>
        <translation>无法读取“%1”。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” already exists; choose another name.</source>
        <translation>“%1”已存在，请换一个名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder of “%1” does not exist.</source>
        <translation>“%1”所在的文件夹不存在。</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+26"/>
        <source>The SQLite driver is not usable.</source>
        <translation>SQLite 驱动不可用。</translation>
    </message>
    <message>
        <location line="+10"/>
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
    <message>
        <location line="+31"/>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation>表 %2 的第 %1 行引用了 %3 中不存在的记录。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“%1” is damaged; no backup was made, because a copy of a damaged file would not be a backup.</source>
        <translation>“%1”已损坏，未进行备份：损坏文件的副本不能作为备份。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The workbook cannot be switched to write-ahead logging.</source>
        <translation>无法将工作簿切换为预写日志（WAL）模式。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The workbook could not be updated.</source>
        <translation>无法更新工作簿。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The backup folder “%1” cannot be created.</source>
        <translation>无法创建备份文件夹“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workbook was not upgraded because the backup before the upgrade failed: %1</source>
        <translation>升级前的备份失败，工作簿未升级：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Schema step %1 is missing from this build.</source>
        <translation>此版本缺少结构升级步骤 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The workbook could not be upgraded to format %1 (%2); it was left at format %3.</source>
        <translation>无法将工作簿升级到格式 %1（%2）；工作簿仍保持格式 %3。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” already exists.</source>
        <translation>“%1”已存在。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The backup to “%1” failed.</source>
        <translation>备份到“%1”失败。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup could not be saved as “%1”.</source>
        <translation>无法将备份保存为“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/storage/FastQuery.cpp" line="+25"/>
        <source>The workbook could not be read.</source>
        <translation type="unfinished">无法读取工作簿。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="+523"/>
        <source>Demo generation was cancelled.</source>
        <translation>已取消生成演示数据。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The number of demo orders must be between 1 and %L1.</source>
        <translation>演示工单数量必须在 1 到 %L1 之间。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The workbook&apos;s SLA policies are incomplete.</source>
        <translation>工作簿的服务时限政策不完整。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Shanghai Pudong Service Centre</source>
        <translation>上海浦东售后服务中心</translation>
    </message>
</context>
<context>
    <name>DemoWorkbookTask</name>
    <message>
        <location filename="../../ui/workbook/DemoWorkbookTask.cpp" line="+21"/>
        <source>Creating the demo workbook…</source>
        <translation>正在创建演示工作簿…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo workbook</source>
        <translation>演示工作簿</translation>
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
        <translation>已诊断</translation>
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
    <name>Language</name>
    <message>
        <location filename="../../core/i18n/Language.cpp" line="+21"/>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <location filename="../../core/flow/OrderRepository.cpp" line="+80"/>
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
        <location line="+4"/>
        <source>responded</source>
        <translation>响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>analysed</source>
        <translation>诊断</translation>
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
        <location line="+20"/>
        <source>The order&apos;s branch does not exist.</source>
        <translation>工单所属的网点不存在。</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>The order id “%1” already exists in this branch.</source>
        <translation>本网点已存在工单号“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/flow/OrderDetails.cpp" line="+21"/>
        <location filename="../../core/flow/OrderRepository.cpp" line="+151"/>
        <location line="+32"/>
        <source>The order no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
</context>
<context>
    <name>OrderWorkflow</name>
    <message>
        <location filename="../../core/flow/OrderWorkflow.cpp" line="+22"/>
        <source>The order no longer exists.</source>
        <translation type="unfinished">该工单已不存在。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Order %1 has already been responded to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Order %1 is closed; reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 is waiting; end the wait first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An order is received only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order %1 has already reached “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Order %1 is closed or already waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1: a wait cannot start before the order was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Order %1 is not waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order %1: the wait cannot end before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only a closed order can be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1: it cannot be reopened before it was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <location filename="../../core/team/Staff.cpp" line="+74"/>
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
    <name>SlaPolicyRepository</name>
    <message>
        <location filename="../../core/flow/SlaPolicy.cpp" line="+41"/>
        <source>The response target must be more than 0 hours.</source>
        <translation>响应时限必须大于 0 小时。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The resolution target cannot be negative.</source>
        <translation>解决时限不能为负数。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There is no policy for this priority.</source>
        <translation>该优先级没有对应的时限政策。</translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <location filename="../../core/storage/SqlQuery.cpp" line="+43"/>
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
    <name>StaffRepository</name>
    <message>
        <location filename="../../core/team/Staff.cpp" line="+30"/>
        <source>A staff member needs a staff code.</source>
        <translation>员工需要工号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A staff member needs a name.</source>
        <translation>员工需要姓名。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+32"/>
        <source>The staff code “%1” is already in use.</source>
        <translation>工号“%1”已被使用。</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+26"/>
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
    <name>Workbook</name>
    <message>
        <location filename="../../core/workbook/Workbook.cpp" line="+45"/>
        <source>Service centre</source>
        <translation>售后服务中心</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The workbook has no branch.</source>
        <translation>工作簿中没有网点。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::ComingSoonPage</name>
    <message>
        <location filename="../../ui/widgets/ComingSoonPage.cpp" line="+22"/>
        <source>This area is not available in this version yet. What it will offer:</source>
        <translation>此版本尚未提供该模块。它将提供：</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="+38"/>
        <source>Service orders</source>
        <translation>服务工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open orders</source>
        <translation>未关闭工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>数据期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active staff</source>
        <translation>在职员工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working-day calendar</source>
        <translation>工作日日历</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Monthly KPIs against targets (response, resolution in working days, SLA, first-time fix, complaints, backlog) will appear here with the service-flow update.</source>
        <translation>各项月度指标与目标对比（响应、以工作日计的解决时长、服务时限达成、首次解决率、投诉、积压）将随服务流程模块的更新在此显示。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No workbook open</source>
        <translation>未打开工作簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use File ▸ New… to start a workbook, File ▸ Open… for an existing one, or File ▸ Open Demo Workbook to explore.</source>
        <translation>使用“文件 ▸ 新建…”创建工作簿，“文件 ▸ 打开…”打开已有工作簿，或“文件 ▸ 打开演示工作簿”先体验一下。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The workbook cannot be read</source>
        <translation>无法读取工作簿</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Branch %1 · time zone %2 · workbook format %3</source>
        <translation>网点 %1 · 时区 %2 · 工作簿格式 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>all orders in this workbook</source>
        <translation>本工作簿中的全部工单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % of all orders not closed yet</source>
        <translation>占全部工单的 %1 %，尚未关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>no orders yet</source>
        <translation>暂无工单</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>months with received orders</source>
        <translation>有受理工单的月份</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>customers with orders or records</source>
        <translation>有工单或记录的客户</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no staff yet</source>
        <translation>暂无员工</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>years whose holidays and make-up working days are known</source>
        <translation>已知节假日和调休安排的年份</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The working-day calendar does not cover %1: working days in %1 count Monday to Friday only, without holidays or make-up days, until the year&apos;s calendar is added.</source>
        <translation>工作日日历尚未包含 %1 年：在补充该年日历之前，%1 年的工作日仅按周一至周五计算，不含节假日和调休。</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+40"/>
        <source>ServiceLens workbooks (*.servicelens);;All files (*)</source>
        <translation>ServiceLens 工作簿 (*.servicelens);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service flow</source>
        <translation>服务流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Inspections</source>
        <translation>运营巡检</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+44"/>
        <source>Surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+50"/>
        <source>Team &amp; training</source>
        <translation>团队与培训</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+57"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Branch audits (巡检): plan them, carry them out offline, score them and follow each failure to a corrective action.</source>
        <translation>网点巡检：制定计划、离线执行、评分，并把每个不合格项落实为整改措施。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspection templates with sections, weights and critical items</source>
        <translation>巡检模板：分部分、权重和关键项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedules with what is due and overdue</source>
        <translation>巡检计划：到期和逾期一目了然</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quick checklist form that saves every answer as it is given, with photos and sampled orders as evidence</source>
        <translation>快速检查表，每个回答即时保存，可附照片和抽查工单作为证据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrective actions with owners and due dates</source>
        <translation>整改措施：责任人和完成期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer satisfaction: the callback list, the survey form and the analysis of what drives satisfaction.</source>
        <translation>客户满意度：回访清单、调查表单，以及满意度驱动因素分析。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A callback list (回访清单) and a form made for speed on the phone</source>
        <translation>回访清单，以及适合电话回访快速录入的表单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT, NPS and the seven service dimensions with sample sizes and margins of error</source>
        <translation>CSAT、NPS 和七个服务维度，附样本量和误差范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key driver analysis and themes from the customers&apos; comments</source>
        <translation>关键驱动因素分析和客户意见主题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each technician&apos;s and each team&apos;s performance, their training, and whether a training changed results.</source>
        <translation>每位技术员和每个班组的绩效、培训情况，以及培训是否真正改善了结果。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scorecards per person and per team with a 12-month trend</source>
        <translation>个人和班组绩效卡，含 12 个月趋势</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courses, sessions, attendance and a training matrix</source>
        <translation>课程、培训场次、出勤和培训矩阵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training effectiveness: before and after, against colleagues who did not attend</source>
        <translation>培训效果：培训前后对比，并与未参加的同事对照</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The monthly service report, ready to send upward.</source>
        <translation>月度服务报表，可直接上报。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF with charts and tables, in Chinese or English</source>
        <translation>含图表的 PDF，中文或英文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XLSX with real numbers and a sheet per area</source>
        <translation>XLSX：真实数值，每个模块一个工作表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV of the KPI table for other tools</source>
        <translation>指标表的 CSV，供其他工具使用</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>&amp;Back Up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+28"/>
        <location line="+111"/>
        <source>Open Workbook</source>
        <translation>打开工作簿</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>The workbook was upgraded; a copy of the old version is in %1</source>
        <translation>工作簿已升级；旧版本的副本保存在 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Demo Workbook</source>
        <translation>演示工作簿</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>ServiceLens</source>
        <translation>ServiceLens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No workbook open</source>
        <translation>未打开工作簿</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+13"/>
        <source>New Workbook</source>
        <translation>新建工作簿</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <location line="+7"/>
        <location line="+9"/>
        <source>Back Up Workbook</source>
        <translation>备份工作簿</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The backup cannot replace the workbook itself.</source>
        <translation>备份不能覆盖工作簿本身。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” cannot be replaced.</source>
        <translation>无法替换“%1”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location line="+12"/>
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
    <name>servicelens::ui::NewWorkbookDialog</name>
    <message>
        <location filename="../../ui/workbook/NewWorkbookDialog.cpp" line="+28"/>
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
    <name>servicelens::ui::OrderDialog</name>
    <message>
        <location filename="../../ui/flow/OrderDialog.cpp" line="+50"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeline and deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The customer complained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+110"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Order &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;duct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;chnician:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fa&amp;ult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+95"/>
        <source>Received</source>
        <translation type="unfinished">已受理</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+95"/>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+95"/>
        <source>Analysed</source>
        <translation type="unfinished">已诊断</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+95"/>
        <source>Solution agreed</source>
        <translation type="unfinished">方案已确认</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+95"/>
        <source>Implemented</source>
        <translation type="unfinished">已完工</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+95"/>
        <source>Followed up</source>
        <translation type="unfinished">已回访</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+95"/>
        <source>Closed</source>
        <translation type="unfinished">已关闭</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Waiting for parts</source>
        <translation type="unfinished">等待备件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parts arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>responded within the %1 h target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;responded after the %1 h target&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;not responded, %1 overdue&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due %1, %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;closed after the due date %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed within the target (due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;due %1, %n working day(s) overdue&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>due %1, %n working day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Response&lt;/b&gt; (%1): %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resolution&lt;/b&gt; (%3 working days): %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;p&gt;The clock was paused for %n working day(s) of waiting.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>An order needs an order id.</source>
        <translation type="unfinished">工单需要工单号。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save Order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>servicelens::ui::OrdersPage</name>
    <message>
        <location filename="../../ui/flow/OrdersPage.cpp" line="+69"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation type="unfinished">处理中</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Complaints or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search order id, customer or product (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open orders past their resolution due date, in working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Click to sort; right-click to choose columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>All months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Closed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>servicelens::ui::OrdersTableModel</name>
    <message>
        <location filename="../../ui/flow/OrdersTableModel.cpp" line="+145"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation type="unfinished">已受理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation type="unfinished">已关闭</translation>
    </message>
</context>
<context>
    <name>servicelens::ui::PreferencesDialog</name>
    <message>
        <location filename="../../ui/settings/PreferencesDialog.cpp" line="+18"/>
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
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
</TS>
