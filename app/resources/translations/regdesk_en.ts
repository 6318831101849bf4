<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../../main.py" line="+87"/>
        <source>数据库地址格式不正确：{url}</source>
        <translation>The database address is not valid: {url}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>未安装 PostgreSQL 驱动（psycopg）。请运行：pip install &quot;regdesk[postgres]&quot;</source>
        <translation>The PostgreSQL driver (psycopg) is not installed. Please run: pip install &quot;regdesk[postgres]&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据库服务器要求密码：{where}</source>
        <translation>The database server requires a password: {where}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../views/settings_dialog.py" line="+79"/>
        <source>服务器上没有这个数据库：{where}。请确认数据库名，或请管理员先创建它。</source>
        <translation>This database does not exist on the server: {where}. Check the database name, or ask the administrator to create it first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>无法连接数据库服务器 {where}。请检查网络，并确认服务器已启动；如问题持续，请联系管理员。</source>
        <translation>Cannot connect to the database server {where}. Check the network and that the server is running; if the problem persists, contact the administrator.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>无法打开数据库文件（{where}）：请检查路径是否存在、是否有读写权限。</source>
        <translation>Cannot open the database file ({where}): check that the path exists and that you may read and write it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>无法打开数据库 {where}：{error}</source>
        <translation>Cannot open the database {where}: {error}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>这个版本还没有演示数据（app.services.demo）。</source>
        <translation>This version has no demo data yet (app.services.demo).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>演示数据只能填入空数据库：{where} 中已有账户。</source>
        <translation>Demo data can only be loaded into an empty database: {where} already has accounts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>生成演示数据失败：{error}
详情见日志文件 {log}</source>
        <translation>Loading the demo data failed: {error}
Details are in the log file {log}</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+226"/>
        <location filename="../../views/login.py" line="+28"/>
        <location filename="../../views/main_window.py" line="+14"/>
        <source>医师电子化注册系统</source>
        <translation>Physician Electronic Registration</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>正在填入演示数据，约需半分钟…</source>
        <translation>Loading the demo data, about half a minute…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>演示账户（角色 / 用户名 / 密码）：</source>
        <translation>Demo accounts (role / username / password):</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>密码不正确，请重新输入。</source>
        <translation>Wrong password, please enter it again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>数据库密码</source>
        <translation>Database password</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>密码将保存在系统钥匙串中，不会写入任何文件。</source>
        <translation>The password is kept in the system keychain and never written to a file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>没有输入数据库密码，无法打开数据库。</source>
        <translation>No database password was entered; the database cannot be opened.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>这台电脑没有可用的系统钥匙串，密码无法保存：本次运行有效，下次启动需要再次输入。</source>
        <translation>This computer has no system keychain, so the password cannot be kept: it is valid for this session and will be asked again at the next start.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/login.py" line="+85"/>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../views/application_dialog.py" line="+49"/>
        <location filename="../../views/pickers.py" line="+35"/>
        <source>（不加注）</source>
        <translation>(no additional scope)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>在主要执业机构申请执业注册。提交后由该机构确认，再由卫生健康委审核，批准后发放电子化注册识别码。</source>
        <extracomment>One line under the kind: what the application is for.</extracomment>
        <translation>Apply for practice registration at your main practice institution. The institution confirms it, then the health commission reviews it and, on approval, issues the electronic registration code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取得同类别执业医师资格后，在原主要执业机构申请由执业助理医师升为执业医师。</source>
        <translation>After obtaining the practising physician qualification of the same category, apply at your current main institution to upgrade from assistant physician to practising physician.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>由军队转到地方医疗机构执业，按注册办理。</source>
        <translation>Moving from military to civilian practice; handled as a registration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>由地方转到军队执业，原注册在批准后终止。</source>
        <translation>Moving from civilian to military practice; the current registration ends on approval.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更执业类别、执业范围或执业地点。更换主要执业机构不能申请变更，须重新注册。</source>
        <translation>Change the practice category, scope or place. A change of main institution is not a change: it needs a new registration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人申请注销执业注册，批准后注册及其备案的其他执业机构一并终止。</source>
        <translation>Apply to deregister your practice registration; on approval the registration and all filed additional institutions end.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在注册所在省内增加一个其他执业机构（执业助理医师限主要执业机构所在县区）。</source>
        <translation>Add another practice institution in the province of registration (assistant physicians: only in the county of the main institution).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消一个已备案的其他执业机构。</source>
        <translation>Cancel one filed additional practice institution.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消多地点执业：所有已备案的其他执业机构一并取消。</source>
        <translation>Withdraw from multi-site practice: all filed additional institutions are cancelled.</translation>
    </message>
    <message>
        <location filename="../../views/filing_dialogs.py" line="+44"/>
        <location filename="../../views/pickers.py" line="+7"/>
        <source>（无识别码）</source>
        <translation>(no registration code)</translation>
    </message>
    <message>
        <location filename="../../views/pickers.py" line="+46"/>
        <source>输入机构名称或拼音首字母查找，例如“广州市第一”或“gzsd”</source>
        <translation>Type the institution&apos;s name or its pinyin initials to search, e.g. &quot;gzsd&quot;</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{name}（{area}）</source>
        <translation>{name} ({area})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>没有找到匹配的医疗机构</source>
        <translation>No matching institution found</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>未选择（可不填）</source>
        <translation>None chosen (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚未选择机构：请在上面的列表中点选</source>
        <translation>No institution chosen yet: click one in the list above</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（{area}）</source>
        <translation> ({area})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已选择：{name}{where}</source>
        <translation>Chosen: {name}{where}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>加注（可选）：</source>
        <translation>Additional scope (optional):</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>（没有可办理的注册）</source>
        <translation>(no registration to act on)</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>请选择执业范围…</source>
        <translation>Choose a practice scope…</translation>
    </message>
    <message>
        <location filename="../../views/application_dialog.py" line="+66"/>
        <location filename="../../views/counter_wizard.py" line="+288"/>
        <source>备注：</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>需要说明的情况（可不填）</source>
        <translation>Anything to explain (optional)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../views/counter_wizard.py" line="+207"/>
        <location line="+38"/>
        <location filename="../../views/filing_dialogs.py" line="+32"/>
        <source>注册记录：</source>
        <translation>Registration:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>您尚未取得电子化注册识别码（或注册已不在有效状态），不能办理「{kind}」：须先经批准注册。</source>
        <translation>You have no electronic registration code (or your registration is no longer in force), so you cannot apply for &quot;{kind}&quot;: you must be registered first.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>医师资格：</source>
        <translation>Qualification:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+134"/>
        <location filename="../../views/counter_wizard.py" line="-76"/>
        <source>主要执业机构：</source>
        <translation>Main institution:</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>一个省内只能有一个主要执业机构；在其他机构执业请在注册后办理多机构备案。</source>
        <translation>There can be only one main institution per province; to practise at other institutions, file them after registration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/counter_wizard.py" line="-141"/>
        <location line="+29"/>
        <location line="+114"/>
        <source>医师级别：</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+133"/>
        <location filename="../../views/counter_wizard.py" line="-142"/>
        <location line="+30"/>
        <location line="+27"/>
        <location line="+86"/>
        <location line="+37"/>
        <source>执业类别：</source>
        <translation>Practice category:</translation>
    </message>
    <message>
        <location line="-132"/>
        <location line="+87"/>
        <location line="+46"/>
        <location filename="../../views/counter_wizard.py" line="-122"/>
        <location line="+87"/>
        <location line="+36"/>
        <source>执业范围：</source>
        <translation>Practice scope:</translation>
    </message>
    <message>
        <location line="-132"/>
        <location line="+133"/>
        <source>执业地点：</source>
        <translation>Practice place:</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>{level}（{category}）</source>
        <translation>{level} ({category})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../views/commission.py" line="+641"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>由主要执业机构所在地确定（执业医师为所在省，执业助理医师为所在县区）</source>
        <translation>Set by where the main institution is (the province for practising physicians, the county for assistant physicians)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>您没有医师资格记录：注册须有考试中心导入或卫生健康委窗口补录的医师资格。</source>
        <translation>You have no qualification record: registration needs a qualification imported from the examination centre or entered at the health commission&apos;s counter.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>执业类别与机构：</source>
        <translation>Category and institution:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{category}类别，主要执业机构：{inst}（升级后不变）</source>
        <translation>{category} category, main institution: {inst} (unchanged by the upgrade)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>您没有执业助理医师的有效注册，无需申请升级。</source>
        <translation>You have no registration in force as an assistant physician, so there is nothing to upgrade.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>升级须取得与现注册相同类别（{category}）的执业医师资格，您的资格记录中没有。</source>
        <translation>The upgrade needs a practising physician qualification of the registered category ({category}); your records have none.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>变更不能更换主要执业机构：更换机构须由原机构办理注册备案后重新注册。</source>
        <translation>A change cannot replace the main institution: the former institution files the departure, then you register again.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{place}（随主要执业机构所在地，{level}）</source>
        <translation>{place} (follows the main institution, {level})</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../views/counter_wizard.py" line="+39"/>
        <source>注销原因：</source>
        <translation>Reason for deregistration:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>生效日期：</source>
        <translation>Effective date:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+30"/>
        <location line="+61"/>
        <location line="+33"/>
        <source>指定日期（不指定则自批准之日起）</source>
        <translation>Set a date (otherwise from the day of approval)</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>备案机构：</source>
        <translation>Institution to file:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../views/counter_wizard.py" line="-245"/>
        <source>开始日期：</source>
        <translation>Start date:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>执业助理医师只能备案主要执业机构所在县（区）「{area}」内的机构。</source>
        <translation>An assistant physician can only file institutions in the county &quot;{area}&quot; of the main institution.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>只能备案注册所在省「{area}」内的机构；到外省执业须在当地注册。</source>
        <translation>Only institutions in the province of registration &quot;{area}&quot; can be filed; to practise in another province, register there.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>「{name}」是主要执业机构，不需要备案</source>
        <translation>&quot;{name}&quot; is your main institution and needs no filing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>「{name}」已经备案，不能重复备案</source>
        <translation>&quot;{name}&quot; is already filed and cannot be filed twice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>执业助理医师只能备案主要执业机构所在县（区）「{area}」内的机构</source>
        <translation>An assistant physician can only file institutions in the county &quot;{area}&quot; of the main institution</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>多机构备案只能在注册所在省「{area}」内；到外省执业须在当地注册</source>
        <translation>Multi-site filings are limited to the province of registration &quot;{area}&quot;; to practise in another province, register there</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>取消备案的机构：</source>
        <translation>Filed institution to cancel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>取消日期：</source>
        <translation>Cancellation date:</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>{name}（{start} 起）</source>
        <translation>{name} (from {start})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>您没有已备案的其他执业机构，无需取消备案。</source>
        <translation>You have no filed additional institution, so there is nothing to cancel.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>将取消的机构：</source>
        <translation>Institutions to be cancelled:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../views/case_view.py" line="+455"/>
        <location filename="../../views/filing_dialogs.py" line="+44"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>您没有已备案的其他执业机构，无需取消多地点执业。</source>
        <translation>You have no filed additional institution, so there is no multi-site practice to withdraw.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>新建申请</source>
        <translation>New application</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>修改草稿</source>
        <translation>Edit draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>修改后重新提交</source>
        <translation>Correct and resubmit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/physician.py" line="+71"/>
        <source>提交申请</source>
        <extracomment>The steps a physician&apos;s application goes through, and where each status stands.</extracomment>
        <translation>Submit application</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>重新提交</source>
        <translation>Resubmit</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../../views/queue.py" line="+141"/>
        <source>业务类型：</source>
        <translation>Application type:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>保存草稿</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>正在读取您的医师资格和注册记录…</source>
        <translation>Reading your qualifications and registrations…</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+5"/>
        <source>申请 {n} 已提交，等待执业机构确认</source>
        <translation>Application {n} submitted; waiting for the institution to confirm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>申请 {n} 已重新提交，等待执业机构确认</source>
        <translation>Application {n} resubmitted; waiting for the institution to confirm</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>草稿 {n} 已保存</source>
        <translation>Draft {n} saved</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>申请 {n} 的修改已保存</source>
        <translation>Changes to application {n} saved</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>撤回申请 — {n}</source>
        <translation>Withdraw application — {n}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>撤回申请</source>
        <translation>Withdraw application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>撤回「{kind}」申请 {n}（{status}）？撤回后不再办理；如需办理请重新申请。</source>
        <translation>Withdraw the &quot;{kind}&quot; application {n} ({status})? It will not be processed further; to proceed later, apply again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>撤回原因：</source>
        <translation>Reason for withdrawal:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../views/case_dialog.py" line="+57"/>
        <source>准予注册</source>
        <extracomment>Renew the claim this often while the dialog is open (claims last 30 minutes).</extracomment>
        <translation>Approve registration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>不予注册</source>
        <translation>Refuse registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>驳回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>请选择原因…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../views/profile_changes.py" line="+184"/>
        <source>原因：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>具体说明（选择“其他”时必填，最多500字），将告知申请人</source>
        <translation>Details (required when &quot;Other&quot; is chosen, at most 500 characters); the applicant is told</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../views/inbox.py" line="+270"/>
        <source>说明：</source>
        <translation>Details:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>请选择原因</source>
        <translation>Please choose a reason</translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../../views/filing_dialogs.py" line="+98"/>
        <location filename="../../views/institution.py" line="+44"/>
        <location filename="../../views/physician.py" line="-4"/>
        <location line="+366"/>
        <location filename="../../views/physician_detail.py" line="+41"/>
        <location line="+66"/>
        <location filename="../../views/roster_view.py" line="+32"/>
        <location line="+106"/>
        <source>电子化注册识别码</source>
        <translation>Electronic registration code</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>打印注册结果通知(&amp;P)…</source>
        <translation>&amp;Print registration notice…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>医师执业证书编码：{n}</source>
        <translation>Practice certificate number: {n}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>案件办理</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>认领(&amp;C)</source>
        <translation>&amp;Claim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>释放(&amp;L)</source>
        <translation>Re&amp;lease</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印材料清单(&amp;M)…</source>
        <translation>Print &amp;materials checklist…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印记录(&amp;H)…</source>
        <translation>Print &amp;history…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退回补正(&amp;T)…</source>
        <translation>Re&amp;turn for correction…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不予注册(&amp;R)…</source>
        <translation>&amp;Refuse registration…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>准予注册(&amp;A)</source>
        <translation>&amp;Approve registration</translation>
    </message>
    <message>
        <location filename="../../views/backoffice.py" line="+119"/>
        <location line="+112"/>
        <location filename="../../views/case_dialog.py" line="+3"/>
        <location filename="../../views/commission.py" line="-51"/>
        <location line="+63"/>
        <location filename="../../views/inbox.py" line="-78"/>
        <location line="+100"/>
        <location filename="../../views/physician_detail.py" line="+63"/>
        <location line="+261"/>
        <location filename="../../views/print_preview.py" line="+161"/>
        <location filename="../../views/public_register.py" line="+276"/>
        <location filename="../../views/registry_import.py" line="+138"/>
        <location filename="../../views/worker.py" line="+362"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../views/case_dialog.py" line="+65"/>
        <source>案件办理 — {number} {kind} {name}</source>
        <translation>Case — {number} {kind} {name}</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>您已认领本案件，其他工作人员暂不能办理（认领有效至 {until}，窗口打开期间自动续期；关闭窗口即释放）</source>
        <translation>You have claimed this case; other staff cannot work on it (claim valid until {until}, renewed while this window is open; closing the window releases it)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} 正在办理本案件（认领至 {until}），您只能查看。</source>
        <translation>{name} is working on this case (claimed until {until}); you can only view it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>本案件未被认领，点击“认领”后即可办理。</source>
        <translation>This case is not claimed; click &quot;Claim&quot; to work on it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>本案件当前状态为“{status}”，卫生健康委不能办理。</source>
        <translation>This case is &quot;{status}&quot;; the health commission cannot act on it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（{org}）</source>
        <translation> ({org})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>本案件当前状态为“{status}”：{who}{org} 于 {at} {action}</source>
        <translation>This case is &quot;{status}&quot;: {who}{org} {action} on {at}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>，原因：{reason}</source>
        <translation>, reason: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（{note}）</source>
        <translation> ({note})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>窗口业务须收齐纸质材料后才能{approve}，尚缺：{items}</source>
        <translation>Walk-in cases need all paper materials before you can {approve}; still missing: {items}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>以下必交纸质材料尚未勾选收到：
{items}

仍要{approve}吗？（办理记录将注明纸质材料未齐）</source>
        <translation>These required paper materials are not ticked as received:
{items}

{approve} anyway? (The record will note that the paper materials were incomplete.)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>案件 {number}（{name}）将{refuse}，原因和说明会告知申请人。</source>
        <translation>Case {number} ({name}) will be marked &quot;{refuse}&quot;; the reason and details are told to the applicant.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <location filename="../../views/inbox.py" line="-43"/>
        <source>退回补正</source>
        <translation>Return for correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件 {number}（{name}）将退回申请人补正，办理期限暂停计算，重新提交后继续。</source>
        <translation>Case {number} ({name}) goes back to the applicant for correction; the deadline pauses and resumes on resubmission.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>已办理：{status}</source>
        <translation>Done: {status}</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="+44"/>
        <source>注册结果通知 — {n} {name}</source>
        <translation>Registration decision notice — {n} {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>材料清单</source>
        <translation>Materials checklist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>注册结果通知</source>
        <translation>Registration notice</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>已打印</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已保存 PDF</source>
        <translation>Saved as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补打（第 {n} 份）</source>
        <translation>reprint (copy {n})</translation>
    </message>
    <message>
        <location filename="../../views/backoffice.py" line="-102"/>
        <location filename="../../views/printing.py" line="+0"/>
        <source>第 {n} 份</source>
        <translation>copy {n}</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="+1"/>
        <source>{what}，{copy}，已记入打印记录</source>
        <translation>{what}, {copy}; recorded in the print log</translation>
    </message>
    <message>
        <location filename="../../views/case_view.py" line="-345"/>
        <source>（暂定）</source>
        <extracomment>The order details are shown in (keys not listed come after, in the case&apos;s order). Keys of the details the services keep for themselves. Statuses in which a case still waits for someone (its deadline, materials and claim still matter).</extracomment>
        <translation> (provisional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  已逾期</source>
        <translation>  overdue</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>机构（编号 {n}）</source>
        <translation>Institution (no. {n})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>注册记录（编号 {n}）</source>
        <translation>Registration (no. {n})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办理人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态变化</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../views/filing_dialogs.py" line="-6"/>
        <location filename="../../views/registry_import.py" line="-79"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../views/backoffice.py" line="-29"/>
        <location line="+37"/>
        <location filename="../../views/case_view.py" line="+1"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../views/case_view.py" line="+51"/>
        <source>申请人：</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/counter_wizard.py" line="-29"/>
        <location filename="../../views/physician_detail.py" line="-396"/>
        <source>证件号码：</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/counter_wizard.py" line="+125"/>
        <location line="+36"/>
        <source>执业机构：</source>
        <translation>Practice institution:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理日期：</source>
        <translation>Received:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理期限：</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提交时间：</source>
        <translation>Submitted:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结时间：</source>
        <translation>Decided:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册编码：</source>
        <translation>Registration code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>认领人：</source>
        <translation>Claimed by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业证书编码：</source>
        <translation>Practice certificate no.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最后修改：</source>
        <translation>Last changed:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>申请内容</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>纸质材料</source>
        <translation>Paper materials</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>必交材料全部收到</source>
        <translation>All required materials received</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>办理记录</source>
        <translation>Case record</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>期限暂定：节假日安排未公布，公布后自动重算</source>
        <extracomment>The most height the details and the materials claim before they scroll (office screens: 768 px).</extracomment>
        <translation>Provisional deadline: the holiday schedule is not yet published; it is recalculated once it is</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}（认领至 {until}）</source>
        <translation>{name} (claimed until {until})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{label}：</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>收到：{m}</source>
        <translation>Received: {m}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消勾选：{m}</source>
        <translation>Unticked: {m}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../views/i18n.py" line="+77"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>（{c}）</source>
        <translation> ({c})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>（如有）</source>
        <translation> (if any)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} 于 {at} 登记收到</source>
        <translation>Registered as received by {who} on {at}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>尚未收到</source>
        <translation>Not yet received</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>本业务无纸质材料</source>
        <translation>No paper materials for this case type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>必交材料尚缺 {n} 项</source>
        <translation>Required materials missing: {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>必交材料已齐</source>
        <translation>All required materials received</translation>
    </message>
    <message>
        <location filename="../../views/commission.py" line="-604"/>
        <location line="+593"/>
        <source>未开通</source>
        <translation>Not opened</translation>
    </message>
    <message>
        <location line="-591"/>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>待首次登录改密</source>
        <translation>Awaiting first sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../views/public_register.py" line="-216"/>
        <source>机构名称</source>
        <translation>Institution name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/public_register.py" line="+5"/>
        <source>登记号</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所在地区</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>账户状态</source>
        <translation>Account status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开通日期</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业许可证有效期至</source>
        <translation>Licence valid until</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/public_register.py" line="-2"/>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/public_register.py" line="+1"/>
        <source>主要负责人</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/public_register.py" line="-3"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+78"/>
        <source>医疗机构账户</source>
        <translation>Institution accounts</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>机构名称、登记号或拼音首字母</source>
        <translation>Institution name, registration no. or pinyin initials</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../views/public_register.py" line="+37"/>
        <source>家机构</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../views/institution.py" line="+28"/>
        <location filename="../../views/physician.py" line="-102"/>
        <source>业务(&amp;B)</source>
        <extracomment>the pause between the steps of building the window (a real timer: posted events, input and painting run between the steps)</extracomment>
        <translation>&amp;Business</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新建机构账户(&amp;N)…</source>
        <translation>&amp;New institution account…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>新建卫生健康委工作人员账户(&amp;S)…</source>
        <translation>New commission &amp;staff account…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>备份数据库(&amp;B)…</source>
        <translation>&amp;Back up the database…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>重置机构账户密码(&amp;R)…</source>
        <translation>&amp;Reset institution password…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+207"/>
        <source>停用机构账户(&amp;D)…</source>
        <translation>&amp;Disable institution account…</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>导入考试中心医师资格名单(&amp;E)…</source>
        <translation>Import the &amp;exam centre&apos;s qualification list…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导入护士注册、医疗机构执业许可名册(&amp;M)…</source>
        <translation>I&amp;mport nurse registrations or institution licences…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工作日历(&amp;K)…</source>
        <translation>Wor&amp;king calendar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口业务(&amp;W)</source>
        <translation>&amp;Walk-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/queue.py" line="-6"/>
        <source>窗口受理(&amp;W)…</source>
        <translation>&amp;Walk-in case…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理选中的案件(&amp;O)</source>
        <translation>&amp;Open the selected case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>找回医师用户名(&amp;U)…</source>
        <translation>Look up a physician&apos;s &amp;username…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>审批队列(&amp;Q)</source>
        <translation>Approval &amp;queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>逾期案件(&amp;D)</source>
        <translation>Over&amp;due cases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>医疗机构账户(&amp;I)</source>
        <translation>&amp;Institution accounts</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../views/institution.py" line="+12"/>
        <location filename="../../views/physician.py" line="+13"/>
        <source>查询(&amp;Q)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/counter_wizard.py" line="-322"/>
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/institution.py" line="+5"/>
        <location filename="../../views/physician.py" line="+1"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../views/queue.py" line="-36"/>
        <source>审批队列</source>
        <translation>Approval queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>逾期（{n}）</source>
        <translation>Overdue ({n})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>已扫描案件编号 {number}，正在打开…</source>
        <translation>Case number {number} scanned, opening…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>未找到案件 {number}（或不属于本委管辖）</source>
        <translation>Case {number} not found (or not in this commission&apos;s jurisdiction)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已扫码打开案件 {number}</source>
        <translation>Opened case {number} from the scan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>案件 {number} 已办结，电子化注册识别码 {code}</source>
        <translation>Case {number} decided; electronic registration code {code}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>案件 {number}：{status}</source>
        <translation>Case {number}: {status}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已受理：{number} {kind} {name}</source>
        <translation>Accepted: {number} {kind} {name}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>启用机构账户(&amp;D)…</source>
        <translation>&amp;Enable institution account…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>查看机构信息…</source>
        <translation>Institution details…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>已开通机构账户：{name}（{user}）</source>
        <translation>Institution account opened: {name} ({user})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已开通工作人员账户：{name}（{user}）</source>
        <translation>Staff account opened: {name} ({user})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>备份数据库</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>数据库备份 (*.backup);;所有文件 (*)</source>
        <translation>Database backup (*.backup);;All files (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>正在备份数据库…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已备份到 {file}（{size:.1f} MB）</source>
        <translation>Backed up to {file} ({size:.1f} MB)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>重置机构账户密码</source>
        <translation>Reset institution password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>为“{name}”（用户名 {user}）生成新的随机密码？

新密码将以短信发送到经办人 {delegate} 的手机 {phone}，该账户已登录的电脑会被退出，下次登录须修改密码。</source>
        <translation>Generate a new random password for &quot;{name}&quot; (username {user})?

The new password is sent by SMS to the delegate {delegate} at {phone}; computers signed in with this account are signed out, and the password must be changed at the next sign-in.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>已重置“{name}”的密码</source>
        <translation>The password of &quot;{name}&quot; has been reset</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>停用“{name}”的机构账户（{user}）？停用后该机构不能登录，已登录的电脑会被退出。</source>
        <translation>Disable the institution account of &quot;{name}&quot; ({user})? The institution can then no longer sign in, and computers signed in with it are signed out.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新启用“{name}”的机构账户（{user}）？</source>
        <translation>Enable the institution account of &quot;{name}&quot; ({user}) again?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机构账户</source>
        <translation>Institution account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已停用“{name}”的账户</source>
        <translation>The account of &quot;{name}&quot; is disabled</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已启用“{name}”的账户</source>
        <translation>The account of &quot;{name}&quot; is enabled</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>新建机构账户</source>
        <translation>New institution account</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+72"/>
        <source>开通账户</source>
        <translation>Open account</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>核验经办人带来的材料并逐项勾选，再填写机构信息。开通后，用户名和初始密码以短信发送到经办人手机。</source>
        <translation>Check the documents the delegate brings and tick each one, then fill in the institution&apos;s details. Once opened, the username and the initial password are sent by SMS to the delegate&apos;s phone.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已核验材料</source>
        <translation>Documents checked</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+151"/>
        <location filename="../../views/institution.py" line="+12"/>
        <location filename="../../views/public_register.py" line="-2"/>
        <source>机构名称：</source>
        <translation>Institution name:</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+128"/>
        <location line="+22"/>
        <location filename="../../views/institution.py" line="+0"/>
        <location filename="../../views/public_register.py" line="+1"/>
        <source>登记号：</source>
        <translation>Registration no.:</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>执业许可证上的登记号</source>
        <translation>The registration number on the practice licence</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+149"/>
        <location filename="../../views/institution.py" line="+2"/>
        <source>所在地区：</source>
        <translation>Area:</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+149"/>
        <location filename="../../views/institution.py" line="+0"/>
        <location filename="../../views/settings_dialog.py" line="+49"/>
        <source>地址：</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+148"/>
        <source>法定代表人：</source>
        <translation>Legal representative:</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+148"/>
        <source>主要负责人：</source>
        <translation>Principal:</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>诊疗科目，用顿号或换行分隔，如：内科、外科、妇产科</source>
        <translation>Medical subjects, separated by commas or new lines</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+144"/>
        <source>诊疗科目：</source>
        <translation>Medical subjects:</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>许可证有效期：</source>
        <translation>Licence valid until:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>经办人姓名：</source>
        <translation>Delegate&apos;s name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>经办人手机：</source>
        <translation>Delegate&apos;s mobile:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>11位手机号，接收账户短信</source>
        <translation>11-digit mobile number; receives the account SMS</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>新建卫生健康委工作人员账户</source>
        <translation>New commission staff account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>初始密码只显示一次，请当面交给本人；首次登录须修改密码。</source>
        <translation>The initial password is shown only once: hand it to the person in person; it must be changed at the first sign-in.</translation>
    </message>
    <message>
        <location filename="../../views/backoffice.py" line="-104"/>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>找回医师用户名</source>
        <translation>Look up a physician&apos;s username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请核验本人身份证件后输入身份证号和姓名。用户名只显示部分字符，请告知本人；每次查询都记入审计日志。</source>
        <translation>Check the physician&apos;s ID card in person, then enter the ID number and name. Only part of the username is shown; tell it to the physician. Every lookup is recorded in the audit log.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../views/commission.py" line="+5"/>
        <location line="+75"/>
        <location filename="../../views/counter_wizard.py" line="+156"/>
        <location filename="../../views/login.py" line="+156"/>
        <location filename="../../views/physician.py" line="+435"/>
        <location filename="../../views/physician_detail.py" line="+0"/>
        <location filename="../../views/public_register.py" line="-9"/>
        <location line="+4"/>
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../views/commission.py" line="-73"/>
        <location line="+36"/>
        <location line="+62"/>
        <location filename="../../views/login.py" line="-183"/>
        <location line="+182"/>
        <location filename="../../views/physician.py" line="-417"/>
        <location line="+422"/>
        <source>用户名：</source>
        <translation>Username:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>为保护个人信息，只显示用户名的部分字符</source>
        <translation>To protect personal data, only part of the username is shown</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>打印时间</source>
        <translation>Printed at</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>份次</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>打印人</source>
        <translation>Printed by</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>打印记录：{number}</source>
        <translation>Print history: {number}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>（补打）</source>
        <translation>(reprint)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>共打印 {n} 次</source>
        <translation>Printed {n} time(s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>本案件尚未打印过文书</source>
        <translation>No document of this case has been printed yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>安排</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>元旦</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>春节</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>清明节</source>
        <translation>Qingming Festival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>劳动节</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>端午节</source>
        <translation>Dragon Boat Festival</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>国庆节</source>
        <translation>National Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中秋节</source>
        <translation>Mid-Autumn Festival</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>抗战胜利70周年纪念日</source>
        <translation>70th anniversary of the victory in the War of Resistance</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>工作日历</source>
        <translation>Working calendar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>办理期限（20个工作日）按此日历计算：本委录入的日期优先，其次为国务院公布的节假日和调休安排；两者都没有的年份按周一至周五计算，期限标为“暂定”，录入后自动重算。</source>
        <translation>Deadlines (20 working days) are counted with this calendar: days entered by this commission first, then the holidays and make-up working days published by the State Council; for a year with neither, Monday to Friday count and the deadline is marked &quot;provisional&quot; until days are entered, when it is recounted.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>年份：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+53"/>
        <source>休息日</source>
        <translation>Day off</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>工作日（调休上班）</source>
        <translation>Working day (make-up day)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>说明，如：春节</source>
        <translation>Note, e.g. Spring Festival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存本委安排</source>
        <translation>Save our arrangement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除选中的本委安排</source>
        <translation>Delete the selected arrangement of ours</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>只有本委管理员可以修改工作日历。</source>
        <translation>Only this commission&apos;s administrators can change the working calendar.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>放假</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>国务院公布</source>
        <translation>Published by the State Council</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工作日</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本委录入</source>
        <translation>Entered by this commission</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{year}年：已有节假日安排，办理期限按此计算。</source>
        <translation>{year}: the holiday arrangements are known; deadlines are counted with them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{year}年的节假日安排尚未公布或录入：落在本年的办理期限按周一至周五计算，标为“暂定”。请在国务院公布安排后录入本年的放假和调休上班日期。</source>
        <translation>The holiday arrangements for {year} are not published or entered yet: deadlines falling in this year count Monday to Friday and are marked &quot;provisional&quot;. Enter the year&apos;s holidays and make-up working days once the State Council publishes them.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>请先选中一条本委录入的安排（加粗显示）</source>
        <translation>First select an arrangement entered by this commission (shown in bold)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已保存 {day}；重新计算了 {n} 件待办案件的办理期限。</source>
        <translation>Saved {day}; the deadlines of {n} open case(s) were recounted.</translation>
    </message>
    <message>
        <location filename="../../views/commission.py" line="-98"/>
        <location filename="../../views/login.py" line="+0"/>
        <location filename="../../views/physician.py" line="+0"/>
        <source>英文字母、数字，3至32位</source>
        <translation>Letters and digits, 3 to 32 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/login.py" line="+2"/>
        <source>管辖区域：</source>
        <translation>Jurisdiction:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../views/physician.py" line="-420"/>
        <location line="+417"/>
        <location filename="../../views/physician_detail.py" line="+1"/>
        <source>手机：</source>
        <translation>Mobile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>管理员（可开通本委工作人员账户）</source>
        <translation>Administrator (may open staff accounts of this commission)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>初始密码：</source>
        <translation>Initial password:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>复制用户名和密码</source>
        <translation>Copy username and password</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>用户名和{what}已通过短信发送到经办人 {delegate} 的手机 {phone}。密码只在此显示这一次；机构首次登录时须修改密码。</source>
        <translation>The username and {what} have been sent by SMS to the delegate {delegate} at {phone}. The password is shown here only this once; the institution must change it at its first sign-in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新密码</source>
        <translation>new password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>初始密码</source>
        <translation>initial password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>机构账户密码已重置</source>
        <translation>Institution password reset</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>机构账户已开通</source>
        <translation>Institution account opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机构：</source>
        <translation>Institution:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>密码只在此显示这一次，请当面交给本人；首次登录时须修改密码。</source>
        <translation>The password is shown here only this once: hand it to the person in person; it must be changed at the first sign-in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作人员账户已开通</source>
        <translation>Staff account opened</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../views/institution.py" line="-1"/>
        <source>执业许可证有效期至：</source>
        <translation>Licence valid until:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../views/institution.py" line="+80"/>
        <source>未填写</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/institution.py" line="-78"/>
        <source>审批机关：</source>
        <translation>Approving authority:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>经办人：</source>
        <translation>Delegate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已核验材料：</source>
        <translation>Documents checked:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../views/physician.py" line="-418"/>
        <source>账户状态：</source>
        <translation>Account status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开通日期：</source>
        <translation>Opened on:</translation>
    </message>
    <message>
        <location filename="../../views/counter_wizard.py" line="-65"/>
        <location line="+9"/>
        <location line="+5"/>
        <location line="+136"/>
        <location line="+42"/>
        <location line="+153"/>
        <location filename="../../views/filing_dialogs.py" line="-133"/>
        <location filename="../../views/forms.py" line="+149"/>
        <location filename="../../views/inbox.py" line="+12"/>
        <source>请选择…</source>
        <translation>Please choose…</translation>
    </message>
    <message>
        <location line="-437"/>
        <source>身份证号（也可输入姓名或拼音首字母）</source>
        <translation>Resident ID number (or name, or pinyin initials)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>请输入身份证号后按回车查找</source>
        <translation>Enter the ID number and press Enter to search</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>正在查找…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>本辖区医师名册中没有找到“{q}”</source>
        <translation>No physician &quot;{q}&quot; in this jurisdiction&apos;s roster</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}（{gender}）</source>
        <translation>{name} ({gender})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>注册编码 {code}</source>
        <translation>Registration code {code}</translation>
    </message>
    <message>
        <location filename="../../views/pickers.py" line="+67"/>
        <location line="+19"/>
        <source>（先查找医师）</source>
        <translation>(find the physician first)</translation>
    </message>
    <message>
        <location filename="../../views/backoffice.py" line="-187"/>
        <location filename="../../views/institution.py" line="+2"/>
        <location filename="../../views/physician_detail.py" line="+31"/>
        <location filename="../../views/pickers.py" line="+3"/>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../views/counter_wizard.py" line="+329"/>
        <location filename="../../views/pickers.py" line="-93"/>
        <source>（不变更）</source>
        <translation>(no change)</translation>
    </message>
    <message>
        <location filename="../../views/pickers.py" line="+2"/>
        <source>（先选执业类别）</source>
        <translation>(choose the practice category first)</translation>
    </message>
    <message>
        <location filename="../../views/counter_wizard.py" line="-290"/>
        <source>（按身份证号）</source>
        <translation>(from the ID number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>备注（可不填，最多500字）</source>
        <translation>Note (optional, at most 500 characters)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>证件类型：</source>
        <translation>ID type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/physician.py" line="+380"/>
        <source>号码：</source>
        <translation> number:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../views/physician.py" line="-379"/>
        <location filename="../../views/physician_detail.py" line="-32"/>
        <source>性别：</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>居民身份证可不选，按号码识别</source>
        <translation>May be left empty for a resident ID: read from the number</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../views/physician_detail.py" line="+1"/>
        <source>出生日期：</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+79"/>
        <source>填写</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>结束日期：</source>
        <translation>End date:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最长{n}年</source>
        <translation>Maximum term (years): {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../views/filing_dialogs.py" line="-7"/>
        <location filename="../../views/physician_detail.py" line="+354"/>
        <location line="+29"/>
        <source>医师：</source>
        <translation>Physician:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请先按身份证号查找并选择医师</source>
        <translation>First search for the physician by ID number and choose them</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+35"/>
        <source>资格证书编码：</source>
        <translation>Qualification certificate code:</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>医师资格证书上的编码</source>
        <translation>The code on the physician qualification certificate</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>资格取得日期：</source>
        <translation>Qualified on:</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+42"/>
        <source>地区：</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>已有编码时填写</source>
        <translation>Fill in if a code exists</translation>
    </message>
    <message>
        <location line="+67"/>
        <location filename="../../views/physician_detail.py" line="-383"/>
        <source>国籍：</source>
        <translation>Nationality:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>如：英国</source>
        <translation>e.g. United Kingdom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>邀请机构：</source>
        <translation>Inviting institution:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>须为具有独立法人资格的医疗机构</source>
        <translation>Must be a medical institution with independent legal personality</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>不填则在邀请机构执业</source>
        <translation>Leave empty to practise at the inviting institution</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+1"/>
        <source>（按医师资格）</source>
        <translation>(from the qualification)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>执业地点按主要执业机构所在地确定</source>
        <translation>The practice place follows the main institution&apos;s location</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>注销日期：</source>
        <translation>Deregistration date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定日期</source>
        <translation>Set a date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不指定则为批准当日</source>
        <translation>Otherwise the day of approval</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>窗口受理</source>
        <translation>Walk-in case</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>当面核验申请人的证件和纸质材料后，选择业务类型并填写。受理后案件进入审批队列（待卫健委审核），办理期限自今日起计算。</source>
        <translation>After checking the applicant&apos;s identity documents and paper materials in person, choose the case type and fill it in. Once accepted, the case joins the approval queue (awaiting commission review) and its deadline counts from today.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>受理(&amp;S)</source>
        <translation>Accept (&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../views/export.py" line="+79"/>
        <location filename="../../views/forms.py" line="+161"/>
        <location filename="../../views/settings_dialog.py" line="+68"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/filing_dialogs.py" line="-38"/>
        <source>{what}尚未到来；应于 {due} 前报送</source>
        <translation>{what} is still to come; report before {due}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>应于 {due} 前报送，还剩 {n} 天</source>
        <translation>Report before {due}; days left: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>今天（{due}）是报送的最后一天</source>
        <translation>Today ({due}) is the last day to report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已超过30日报送期限 {n} 天（应于 {due} 前报送），请尽快报送</source>
        <translation>The 30-day reporting period has passed (due before {due}; days over: {n}); please report at once</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>报送卫生健康委</source>
        <translation>Send to the health commission</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../views/physician_detail.py" line="+354"/>
        <location line="+29"/>
        <source>{name}（{id_number}）</source>
        <translation>{name} ({id_number})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>正在读取注册记录…</source>
        <translation>Reading registrations…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>该医师没有以本机构为主要执业机构的有效注册，不能办理此业务</source>
        <translation>This physician has no registration in force with this institution as main institution; this cannot be done</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>（无法读取）</source>
        <translation>(cannot be read)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>请选择注册记录</source>
        <translation>Please choose a registration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请选择{what}</source>
        <translation>Please choose: {what}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>备案原因：</source>
        <translation>Filing reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离岗日期：</source>
        <translation>Date of leaving:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师调离、退休、退职、被辞退或被开除之日；须自该日起30日内报送</source>
        <translation>The day the physician transferred, retired, resigned, was dismissed or expelled; report within 30 days of it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离岗日期</source>
        <translation>Date of leaving</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+62"/>
        <source>注册备案</source>
        <translation>Departure filing</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>医师离开本机构时，本机构应在30日内申请注册备案。卫生健康委批准后，该医师转入非在册医师库；备案满2年未再注册执业的，注册将被注销。</source>
        <translation>When a physician leaves, the institution files the departure within 30 days. Once the health commission approves it, the physician moves to the pool of non-practising physicians; if they do not register again within 2 years of the filing, the registration is deregistered.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>注销事由：</source>
        <translation>Ground for deregistration:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>知悉日期：</source>
        <translation>Date known:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本机构知悉注销事由之日；须自该日起30日内报送，批准后注册自该日起注销</source>
        <translation>The day the institution learned of the ground; report within 30 days of it; once approved, the registration ends from that day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>知悉日期</source>
        <translation>Date known</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+41"/>
        <source>注销注册</source>
        <translation>Deregistration</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>医师有“注销事由”所列情形之一的，本机构应自知悉之日起30日内申请注销注册。卫生健康委批准后注册即注销。</source>
        <translation>When one of the listed grounds applies to a physician, the institution applies for deregistration within 30 days of learning of it. The registration ends when the health commission approves.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../views/inbox.py" line="+49"/>
        <location filename="../../views/physician.py" line="-305"/>
        <location filename="../../views/physician_detail.py" line="-379"/>
        <source>业务编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/inbox.py" line="+1"/>
        <location filename="../../views/physician.py" line="+1"/>
        <location filename="../../views/physician_detail.py" line="+0"/>
        <source>业务</source>
        <translation>Case type</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/login.py" line="-240"/>
        <location filename="../../views/main_window.py" line="+1"/>
        <location filename="../../views/public_register.py" line="-4"/>
        <source>医师</source>
        <translation>Physician</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/inbox.py" line="+2"/>
        <location filename="../../views/institution.py" line="-68"/>
        <location line="+13"/>
        <location filename="../../views/profile_changes.py" line="-134"/>
        <location filename="../../views/queue.py" line="-53"/>
        <location filename="../../views/roster_view.py" line="-110"/>
        <location line="+106"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../views/inbox.py" line="+2"/>
        <location filename="../../views/physician.py" line="+1"/>
        <location line="+370"/>
        <location filename="../../views/physician_detail.py" line="+0"/>
        <location line="+66"/>
        <location line="+4"/>
        <location filename="../../views/profile_changes.py" line="-8"/>
        <location filename="../../views/queue.py" line="+4"/>
        <location filename="../../views/roster_view.py" line="-99"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/inbox.py" line="-1"/>
        <location filename="../../views/physician.py" line="-368"/>
        <location filename="../../views/profile_changes.py" line="+1"/>
        <location line="+11"/>
        <source>提交时间</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/physician.py" line="+1"/>
        <location filename="../../views/physician_detail.py" line="-69"/>
        <location filename="../../views/queue.py" line="-1"/>
        <source>办理期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/physician.py" line="+1"/>
        <source>办结时间</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>本机构申请的业务（注册备案、注销注册）</source>
        <extracomment>(kind filter, label): the institution&apos;s own applications, or every case of the institution</extracomment>
        <translation>Our applications (departure filings, deregistrations)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全部业务（含医师申请）</source>
        <translation>All cases (physicians&apos; applications included)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../views/inbox.py" line="+26"/>
        <source>业务编号、身份证号或姓名</source>
        <translation>Case no., ID number or name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/inbox.py" line="+0"/>
        <location filename="../../views/queue.py" line="+54"/>
        <source>件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../views/queue.py" line="+13"/>
        <location filename="../../views/roster_view.py" line="-17"/>
        <location line="+52"/>
        <source>全部状态</source>
        <extracomment>(service value, label) of the registration-status filter; None = every status</extracomment>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>业务：</source>
        <translation>Case type:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../views/queue.py" line="+23"/>
        <location filename="../../views/roster_view.py" line="+6"/>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>查看案件…</source>
        <translation>View case…</translation>
    </message>
    <message>
        <location filename="../../views/forms.py" line="-157"/>
        <source>全国（国家卫生健康委）</source>
        <translation>National (National Health Commission)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>省份…</source>
        <translation>Province…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>（全省）</source>
        <translation>(whole province)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>（全市）</source>
        <translation>(whole city)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../views/i18n.py" line="-30"/>
        <location line="+32"/>
        <location line="+44"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>桌面服务器</source>
        <translation>Desk server</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/profile_changes.py" line="+37"/>
        <location line="+196"/>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="-23"/>
        <source>材料清单 — {n} {name}</source>
        <translation>Materials checklist — {n} {name}</translation>
    </message>
    <message>
        <location filename="../../views/inbox.py" line="-239"/>
        <location filename="../../views/physician.py" line="+343"/>
        <source>打印材料清单…</source>
        <translation>Print materials checklist…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印本案件须交卫生健康委的纸质材料清单（含案件编号条码）</source>
        <translation>Print the list of paper materials this case must send to the health commission (with the case number bar code)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>请在上方列表中选择一个案件</source>
        <translation>Choose a case in the list above</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>案件详情</source>
        <translation>Case details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>案件 {n} — {k}</source>
        <translation>Case {n} — {k}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>将 {name} 的「{kind}」申请（{number}）退回本人补正。原因和说明会记入办理记录，医师本人可以看到。</source>
        <translation>Return the &quot;{kind}&quot; application ({number}) of {name} for correction. The reason and details go into the case record; the physician can see them.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>退回原因：</source>
        <translation>Reason for return:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请写明需要补正的内容，如：照片背景不是白色，请重新上传</source>
        <translation>State what must be corrected, e.g. the photo background is not white, please upload it again</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>请选择退回原因</source>
        <translation>Please choose a reason for the return</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../../views/queue.py" line="-94"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>医师提交、等待本机构确认的申请</source>
        <translation>Applications submitted by physicians, awaiting this institution&apos;s confirmation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>确认并报送卫生健康委</source>
        <translation>Confirm and send to the health commission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>确认申请内容属实（Ctrl+Enter）：案件转卫生健康委审核</source>
        <translation>Confirm that the application is true (Ctrl+Enter): the case goes to the health commission for review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退回补正…</source>
        <translation>Return for correction…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>医师档案…</source>
        <translation>Physician record…</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>已确认 {name} 的「{kind}」（{number}），已报送卫生健康委审核；办理期限 {deadline}</source>
        <translation>Confirmed the &quot;{kind}&quot; of {name} ({number}) and sent it to the health commission for review; deadline {deadline}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>待定</source>
        <translation>To be set</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>已将 {name} 的「{kind}」（{number}）退回补正</source>
        <translation>Returned the &quot;{kind}&quot; of {name} ({number}) for correction</translation>
    </message>
    <message>
        <location filename="../../views/institution.py" line="-15"/>
        <location line="+14"/>
        <location filename="../../views/profile_changes.py" line="-238"/>
        <location filename="../../views/public_register.py" line="-46"/>
        <location line="+11"/>
        <location filename="../../views/roster_view.py" line="-50"/>
        <location line="+107"/>
        <source>姓名</source>
        <extracomment>The public service hands out at most this many rows per call.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-13"/>
        <location filename="../../views/public_register.py" line="-10"/>
        <location line="+11"/>
        <location filename="../../views/roster_view.py" line="-106"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>与本机构关系</source>
        <translation>Relation to this institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册状态</source>
        <translation>Registration status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/physician.py" line="+20"/>
        <location line="+3"/>
        <location filename="../../views/physician_detail.py" line="+60"/>
        <location filename="../../views/public_register.py" line="-10"/>
        <source>医师级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/physician.py" line="-3"/>
        <location line="+3"/>
        <location filename="../../views/physician_detail.py" line="+0"/>
        <location filename="../../views/public_register.py" line="+1"/>
        <source>执业类别</source>
        <translation>Practice category</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/physician.py" line="+0"/>
        <location filename="../../views/physician_detail.py" line="+5"/>
        <location filename="../../views/public_register.py" line="+4"/>
        <location filename="../../views/roster_view.py" line="+4"/>
        <source>执业范围</source>
        <translation>Practice scope</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../views/physician.py" line="-378"/>
        <location line="+375"/>
        <location filename="../../views/physician_detail.py" line="-5"/>
        <source>医师资格证书编码</source>
        <extracomment>(service keyword, label, hint) of the three ways to activate an account</extracomment>
        <translation>Qualification certificate code</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/physician_detail.py" line="+6"/>
        <location filename="../../views/roster_view.py" line="+2"/>
        <location line="+104"/>
        <source>执业证书编码</source>
        <translation>Practice certificate no.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>个人账户</source>
        <translation>Personal account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>尚未注册账户</source>
        <translation>No account yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>激活码发放日期</source>
        <translation>Activation code issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>激活码有效期至</source>
        <translation>Activation code valid until</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../views/main_window.py" line="+0"/>
        <location filename="../../views/public_register.py" line="+47"/>
        <source>医疗机构</source>
        <extracomment>Feed tables whose changes concern a physician&apos;s record (the roster and open records refresh).</extracomment>
        <translation>Medical institution</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>查看医师档案(&amp;O)…</source>
        <translation>&amp;Open physician record…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>注册备案(&amp;B)…</source>
        <translation>Departure &amp;filing…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>注销注册(&amp;D)…</source>
        <translation>&amp;Deregistration…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>发放激活码(&amp;A)…</source>
        <translation>Issue &amp;activation code…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出主执业/多机构备案名单(&amp;X)…</source>
        <translation>E&amp;xport main-practice / multi-site filing lists…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>查找医师(&amp;F)</source>
        <translation>&amp;Find physician</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待确认申请(&amp;I)</source>
        <translation>&amp;Inbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个人信息变更审核(&amp;P)</source>
        <translation>&amp;Personal detail changes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>本机构</source>
        <translation>Our institution</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+32"/>
        <source>本机构医师</source>
        <translation>Our physicians</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+26"/>
        <location line="+52"/>
        <source>待确认申请</source>
        <translation>Applications to confirm</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+22"/>
        <location line="+56"/>
        <source>个人信息变更审核</source>
        <translation>Personal detail changes</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+20"/>
        <source>本机构已提交的业务</source>
        <translation>Cases we submitted</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>非在册医师库</source>
        <translation>Non-practising pool</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>在本机构注册、尚未激活个人账户的医师</source>
        <translation>Physicians registered here who have not activated a personal account</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../views/public_register.py" line="-6"/>
        <location filename="../../views/roster_view.py" line="-74"/>
        <location line="+94"/>
        <source>位医师</source>
        <translation>Physicians</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>发放激活码…</source>
        <translation>Issue activation code…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>待激活医师</source>
        <translation>Awaiting activation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出主执业/多机构备案名单…</source>
        <translation>Export filing lists…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>待确认申请（{n}）</source>
        <translation>Applications to confirm ({n})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>个人信息变更审核（{n}）</source>
        <translation>Personal detail changes ({n})</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+17"/>
        <source>请先在“本机构医师”中选择一位医师</source>
        <translation>First choose a physician in &quot;Our physicians&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已报送卫生健康委：{kind}（{number}），{name}</source>
        <translation>Sent to the health commission: {kind} ({number}), {name}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>请先在“待激活医师”中选择一位医师</source>
        <translation>First choose a physician in &quot;Awaiting activation&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>发放激活码</source>
        <translation>Issue activation code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已于 {date} 为{name}发放过激活码。重新发放后，之前的激活码作废。继续吗？</source>
        <translation>An activation code was issued to {name} on {date}. Issuing a new one voids the earlier code. Continue?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已为{name}发放激活码</source>
        <translation>Activation code issued to {name}</translation>
    </message>
    <message>
        <location filename="../../views/login.py" line="+0"/>
        <source>卫生健康委（管理员）</source>
        <extracomment>the roles app/services/demo.py names its logins with (shown in the demo drop-down)</extracomment>
        <translation>Health commission (administrator)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>卫生健康委（窗口）</source>
        <translation>Health commission (counter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>医疗机构（人事科）</source>
        <translation>Medical institution (HR office)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>选择一个演示账户…</source>
        <translation>Choose a demo account…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>演示账户：</source>
        <translation>Demo account:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+185"/>
        <location filename="../../views/physician.py" line="+357"/>
        <location filename="../../views/settings_dialog.py" line="-58"/>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>记住用户名</source>
        <translation>Remember username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记住密码</source>
        <translation>Remember password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>医师注册…</source>
        <translation>Physician sign-up…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>医师本人用真实姓名和身份证号注册个人账户</source>
        <translation>Physicians create their personal account with their real name and resident ID number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>公众查询…</source>
        <translation>Public register…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>不用登录：查询公示的医师、护士和医疗机构</source>
        <translation>No sign-in needed: look up the published physicians, nurses and medical institutions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>数据库或服务器地址、界面语言、自动锁定时间</source>
        <translation>Database or server address, interface language, automatic lock time</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>这个数据库还没有任何账户。</source>
        <translation>This database has no accounts yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>首次使用：创建卫生健康委管理员…</source>
        <translation>First use: create the health commission administrator…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../views/main_window.py" line="+38"/>
        <source>数据库：</source>
        <translation>Database: </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>新的数据库地址已保存：请退出并重新启动程序，之后使用新的数据库。</source>
        <translation>The new database address is saved: quit and start the program again to use the new database.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>医师账户 {user} 已注册。请输入密码登录，登录后激活账户。</source>
        <translation>Physician account {user} is registered. Enter the password to sign in, then activate the account.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>已创建管理员账户 {name}，并已登录</source>
        <translation>Administrator account {name} created and signed in</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>首次使用：创建卫生健康委管理员</source>
        <translation>First use: create the health commission administrator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>创建并登录</source>
        <translation>Create and sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个数据库还没有任何账户。请创建第一个卫生健康委管理员账户：它负责创建医疗机构账户和本委其他工作人员的账户。</source>
        <translation>This database has no accounts yet. Create the first health commission administrator: this account opens the medical institutions&apos; accounts and those of the commission&apos;s other staff.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>例如：张卫国</source>
        <translation>e.g. Zhang Weiguo</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../views/physician.py" line="+1"/>
        <source>再次输入密码：</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../views/physician.py" line="+5"/>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>请选择管辖区域（省份）</source>
        <translation>Please choose the jurisdiction (province)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="-38"/>
        <source>卫生健康委</source>
        <translation>Health commission</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改密码(&amp;P)…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退出登录(&amp;L)</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户手册(&amp;U)</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>公众查询(&amp;P)…</source>
        <translation>&amp;Public register…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>经办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/password.py" line="+30"/>
        <source>用户：</source>
        <translation>User: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>账户：{username}</source>
        <translation>Account: {username}</translation>
    </message>
    <message>
        <location filename="../../views/idle_lock.py" line="+110"/>
        <source>窗口已锁定</source>
        <extracomment>How often the lock looks at the time since the last input.</extracomment>
        <translation>Window locked</translation>
    </message>
    <message>
        <location filename="../../views/password.py" line="-2"/>
        <source>{name}（{username}）</source>
        <translation>{name} ({username})</translation>
    </message>
    <message>
        <location filename="../../views/idle_lock.py" line="+7"/>
        <source>{minutes} 分钟内没有操作，为保护数据窗口已锁定。
请 {who} 输入密码继续。</source>
        <translation>Nothing was done for {minutes} minutes, so the window was locked to protect the data.
{who}, enter your password to continue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="+22"/>
        <source>密码已修改</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>设置已保存。新的数据库地址和界面语言在下次启动时生效。</source>
        <translation>Settings saved. The new database address and interface language take effect at the next start.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>设置已保存。</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}

医师、医疗机构与卫生健康委的电子化注册工作台。
数据库：{db}</source>
        <translation>{title}

The electronic registration desk of physicians, medical institutions and health commissions.
Database: {db}</translation>
    </message>
    <message>
        <location filename="../../views/paged.py" line="+249"/>
        <source>条</source>
        <extracomment>how many rows (from the top) a column is fitted to: the whole first page (200 rows, every cell painted through data() and the delegate) held the GUI thread ~300 ms on a loaded machine at 1,000,000 physicians fetch(cursor, limit) -&gt; a service Page. The cursor is None for the first page, then the page&apos;s ``next_after`` (keyset=True) or, for services paged by offset, the number of rows loaded so far.</extracomment>
        <translation>Records</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>查找：</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location line="+69"/>
        <location filename="../../views/physician.py" line="-558"/>
        <location filename="../../views/public_register.py" line="+103"/>
        <source>正在查询…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>共 {n} {unit}</source>
        <translation>{unit}: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（已显示 {k}，向下滚动显示更多）</source>
        <translation> ({k} shown; scroll down for more)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>；点列标题的排序只排已显示的行</source>
        <translation>; sorting by a column header sorts only the rows shown so far</translation>
    </message>
    <message>
        <location filename="../../views/password.py" line="-16"/>
        <source>至少8个字符，包含小写字母、大写字母、数字、符号中的至少三类</source>
        <translation>At least 8 characters, with at least three of: lower-case letters, upper-case letters, digits, symbols</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>这是您第一次登录，或密码已由管理员重置：请先设置您自己的新密码，之后才能使用系统。</source>
        <translation>This is your first sign-in, or the administrator has reset your password: set your own new password before using the system.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>原密码：</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新密码：</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>再次输入新密码：</source>
        <translation>New password again:</translation>
    </message>
    <message>
        <location filename="../../views/idle_lock.py" line="+3"/>
        <location filename="../../views/password.py" line="+2"/>
        <source>退出登录</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../views/password.py" line="+5"/>
        <source>两次输入的新密码不一致</source>
        <translation>The two new passwords differ</translation>
    </message>
    <message>
        <location filename="../../views/physician.py" line="-180"/>
        <source>医师资格证书上的27位编码</source>
        <translation>The 27-digit code on the physician qualification certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+374"/>
        <location filename="../../views/physician_detail.py" line="-6"/>
        <source>准考证号</source>
        <translation>Exam ticket number</translation>
    </message>
    <message>
        <location line="-374"/>
        <source>尚未取得医师资格证书时，填写医师资格考试准考证号</source>
        <translation>Without a qualification certificate yet, enter the ticket number of the physician qualification examination</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/physician_detail.py" line="+312"/>
        <source>激活码</source>
        <translation>Activation code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已注册的医师：向主要执业机构索取的10位激活码</source>
        <translation>Registered physicians: the 10-character activation code from the main institution</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+62"/>
        <location filename="../../views/physician_detail.py" line="-373"/>
        <location filename="../../views/public_register.py" line="-145"/>
        <source>执业机构</source>
        <translation>Practice institution</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>机构确认</source>
        <translation>Institution confirms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>卫健委审核</source>
        <translation>Commission reviews</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办结</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>已退回补正。</source>
        <translation>Returned for correction.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <location line="+4"/>
        <source>：{note}</source>
        <translation>: {note}</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>已退回补正（{who}）。退回原因：{reason}。</source>
        <translation>Returned for correction ({who}). Reason: {reason}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>草稿，尚未提交：点“编辑草稿…”补全后提交。</source>
        <translation>Draft, not yet submitted: click &quot;Edit draft…&quot;, complete it and submit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已提交，等待{inst}确认。</source>
        <translation>Submitted; waiting for {inst} to confirm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{inst}已确认，等待卫生健康委审核，办理期限 {deadline}。</source>
        <translation>Confirmed by {inst}; waiting for the health commission&apos;s review, deadline {deadline}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（计算中）</source>
        <translation>(being calculated)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请点“修改后重新提交…”，改正后再提交。</source>
        <translation>Click &quot;Correct and resubmit…&quot;, correct it and submit again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已批准（{at}）。已发放电子化注册识别码，可打印注册结果通知。</source>
        <translation>Approved ({at}). The electronic registration code is issued; you can print the registration notice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已批准（{at}）。</source>
        <translation>Approved ({at}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label}（{at}）。原因：{reason}</source>
        <translation>{label} ({at}). Reason: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已撤回{note}。如需办理请重新申请。</source>
        <translation>Withdrawn{note}. To proceed, apply again.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>在左边的列表中选择一件申请，查看办理进度；点“新建申请…”办理新的业务。</source>
        <translation>Choose an application in the list on the left to see its progress; click &quot;New application…&quot; to start a new one.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>共 {n} 件申请</source>
        <translation>Applications: {n}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>还没有申请</source>
        <translation>No applications yet</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>电子化注册识别码：{code}</source>
        <translation>Electronic registration code: {code}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>医师个人账户</source>
        <translation>Physician&apos;s personal account</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>激活账户(&amp;A)…</source>
        <translation>&amp;Activate account…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新建申请(&amp;N)…</source>
        <translation>&amp;New application…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+184"/>
        <source>修改后重新提交(&amp;E)…</source>
        <translation>Correct and r&amp;esubmit…</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>撤回申请(&amp;W)…</source>
        <translation>&amp;Withdraw application…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印材料清单(&amp;P)…</source>
        <translation>&amp;Print materials checklist…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印注册结果通知(&amp;T)…</source>
        <translation>Print regis&amp;tration notice…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>申请修改个人信息(&amp;M)…</source>
        <translation>Ask to change &amp;my personal details…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>公众查询（医师、护士、医疗机构）(&amp;G)…</source>
        <translation>Public re&amp;gister (physicians, nurses, institutions)…</translation>
    </message>
    <message>
        <location filename="../../views/backoffice.py" line="-34"/>
        <location filename="../../views/physician.py" line="+17"/>
        <location line="+416"/>
        <source>身份证号：</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <location filename="../../views/physician.py" line="-415"/>
        <location line="+417"/>
        <location filename="../../views/physician_detail.py" line="-3"/>
        <source>电子邮箱：</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location line="-399"/>
        <source>账户激活后才能办理注册、变更等业务。激活时填写医师资格证书编码；尚未取得证书的，填写准考证号；已在医疗机构注册的医师，也可以用机构发放的激活码。</source>
        <translation>Registration, changes and other business need an activated account. To activate, enter the code of your physician qualification certificate; without a certificate yet, your exam ticket number; physicians already registered at an institution may also use the activation code it issues.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>激活账户…</source>
        <translation>Activate account…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>新建申请…</source>
        <translation>New application…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+115"/>
        <source>修改后重新提交…</source>
        <translation>Correct and resubmit…</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>撤回…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>打印注册结果通知…</source>
        <translation>Print registration notice…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>我的申请</source>
        <translation>My applications</translation>
    </message>
    <message>
        <location filename="../../views/backoffice.py" line="+58"/>
        <location filename="../../views/physician.py" line="+5"/>
        <location filename="../../views/physician_detail.py" line="+64"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../views/physician.py" line="+1"/>
        <location filename="../../views/physician_detail.py" line="+1"/>
        <source>发证日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../views/physician_detail.py" line="+4"/>
        <source>主要执业机构</source>
        <translation>Main institution</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../views/physician_detail.py" line="+0"/>
        <location filename="../../views/public_register.py" line="-1"/>
        <location line="+9"/>
        <source>执业地点</source>
        <translation>Practice place</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/physician_detail.py" line="+1"/>
        <source>注册日期</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>备案的其他执业机构</source>
        <translation>Filed additional institutions</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../views/physician_detail.py" line="-4"/>
        <source>医师资格</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../views/physician_detail.py" line="+11"/>
        <location line="+7"/>
        <source>执业注册</source>
        <translation>Practice registrations</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>医师资格与执业注册</source>
        <translation>Qualifications and registrations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>个人信息变更</source>
        <translation>Personal detail changes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>已激活</source>
        <translation>Activated</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未激活</source>
        <translation>Not activated</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>编辑草稿…</source>
        <translation>Edit draft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>编辑草稿(&amp;E)…</source>
        <translation>&amp;Edit draft…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>账户已激活</source>
        <translation>Account activated</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>已提交 {n} 项个人信息变更，等待主要执业机构审核</source>
        <translation>{n} change(s) of personal details submitted; awaiting the main institution&apos;s approval</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>申请 {n} 已撤回</source>
        <translation>Application {n} withdrawn</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>暂无记录</source>
        <translation>No records</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>激活账户</source>
        <translation>Activate account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>激活</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所填号码须与您注册时填写的姓名和身份证号相符。</source>
        <translation>The number must match the name and ID number you signed up with.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>激活方式：</source>
        <translation>Activate with:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>注册医师个人账户</source>
        <translation>Sign up for a physician account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>注册</source>
        <translation>Sign up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请用本人真实姓名和居民身份证号注册。注册后登录，再用医师资格证书编码（或准考证号）激活账户。</source>
        <translation>Sign up with your real name and resident ID number. Then sign in and activate the account with your qualification certificate code (or exam ticket number).</translation>
    </message>
    <message>
        <location filename="../../views/physician_detail.py" line="-84"/>
        <source>学历：</source>
        <translation>Education:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>毕业院校：</source>
        <translation>School:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>任职资格：</source>
        <translation>Professional title:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>科室：</source>
        <translation>Department:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>提交日期</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办结日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+137"/>
        <source>医师档案</source>
        <translation>Physician record</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>基本信息</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../views/roster_view.py" line="-128"/>
        <location line="+106"/>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../views/roster_view.py" line="-105"/>
        <location line="+106"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备案/注销</source>
        <translation>Filing / deregistration</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../views/public_register.py" line="-6"/>
        <location line="+7"/>
        <source>发证机关</source>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>其他执业机构</source>
        <translation>Other practice institution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>所属注册（识别码）</source>
        <translation>Registration (code)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>多机构备案（其他执业机构）</source>
        <translation>Multi-site filings (other practice institutions)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>选择一个案件，查看申请内容和办理记录</source>
        <translation>Choose a case to see the application and its record</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+116"/>
        <source>业务记录</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>更换手机号…</source>
        <translation>Change mobile number…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>生成激活码…</source>
        <translation>Generate activation code…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已在本机构注册的医师用激活码激活个人账户（30天内有效，重新生成后旧码作废）</source>
        <translation>Physicians registered at this institution activate their personal account with an activation code (valid for 30 days; generating a new one voids the old)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>注册备案…</source>
        <translation>Departure filing…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>医师调离、退休、退职、被辞退或被开除：30日内报送</source>
        <translation>The physician transferred, retired, resigned, was dismissed or expelled: report within 30 days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>注销注册…</source>
        <translation>Deregistration…</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../../views/roster_view.py" line="-114"/>
        <source>未注册</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>（未填写）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{day} 备案（{why}）</source>
        <translation>Filed on {day} ({why})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} 注销（{why}）</source>
        <translation>Deregistered on {day} ({why})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>业务记录（{n}）</source>
        <translation>Cases ({n})</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>该医师没有以本机构为主要执业机构的有效注册</source>
        <translation>This physician has no registration in force with this institution as main institution</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>手机号已更换为 {p}；本次更换已记入审计日志</source>
        <translation>Mobile number changed to {p}; the change is recorded in the audit log</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>已为{name}生成激活码（30天内有效）</source>
        <translation>Activation code generated for {name} (valid for 30 days)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>已报送卫生健康委：{kind}（{number}）。审核结果会显示在“业务记录”中。</source>
        <translation>Sent to the health commission: {kind} ({number}). The result will show under &quot;Cases&quot;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>更换手机号</source>
        <translation>Change mobile number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>更换</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师手机丢失或停用、无法自行找回账户时，核验本人身份后由机构更换手机号。更换会记入审计日志（原号码和新号码）。</source>
        <translation>When a physician&apos;s phone is lost or out of use and they cannot recover the account themselves, the institution changes the number after checking their identity. The change is recorded in the audit log (old and new number).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>原手机号：</source>
        <translation>Current mobile:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新手机号：</source>
        <translation>New mobile:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>11位手机号</source>
        <translation>11-digit mobile number</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>激活码：</source>
        <translation>Activation code:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>激活码只显示这一次，30天内有效。请交给医师本人：登录个人账户后，在“激活账户”中选择“激活码”并填写。</source>
        <translation>The activation code is shown only this once and is valid for 30 days. Give it to the physician: after signing in, they choose &quot;Activation code&quot; under &quot;Activate account&quot; and enter it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>复制激活码</source>
        <translation>Copy activation code</translation>
    </message>
    <message>
        <location filename="../../views/print_preview.py" line="-21"/>
        <source>正在生成预览…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>另存为 PDF(&amp;S)…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用系统程序打开(&amp;O)</source>
        <translation>&amp;Open with the system viewer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>无法生成预览，请用系统程序打开后打印。</source>
        <translation>The preview cannot be made; open the document with the system viewer and print it there.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>共 {n} 页</source>
        <translation>Pages: {n}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>打印失败：无法把文件送到打印机</source>
        <translation>Printing failed: the file could not be sent to the printer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../views/public_register.py" line="+246"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../views/public_register.py" line="-257"/>
        <source>证书编码</source>
        <translation>Certificate code</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>执业证书编号</source>
        <translation>Practice certificate no.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>诊疗科目</source>
        <translation>Medical subjects</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>执业许可证有效期限</source>
        <translation>Licence valid until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审批机关</source>
        <translation>Approving authority</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+4"/>
        <source>完整姓名，至少2个字</source>
        <translation>Full name, at least 2 characters</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>证书编码：</source>
        <translation>Certificate code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师执业证书编码（15位）或医师资格证书编码（27位），须填写完整</source>
        <translation>Physician practice certificate code (15 digits) or qualification certificate code (27 digits), in full</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>护士</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>执业证书编号：</source>
        <translation>Practice certificate no.:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>护士执业证书编号，须填写完整</source>
        <translation>Nurse practice certificate number, in full</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>位护士</source>
        <translation>Nurses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>机构名称或其开头，至少2个字</source>
        <translation>Institution name or its beginning, at least 2 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医疗机构执业许可证登记号，须填写完整</source>
        <translation>Registration number of the medical institution practice licence, in full</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>全部省份</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>省份：</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>核验注册结果通知…</source>
        <translation>Verify a registration notice…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>选择注册结果通知的 PDF 文件，核验是否由卫生健康委签发、是否与公示信息一致</source>
        <translation>Choose the PDF of a registration decision notice to verify that the health commission issued it and that it matches the public register</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>选择注册结果通知</source>
        <translation>Choose the registration notice</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../views/registry_import.py" line="+111"/>
        <location line="+41"/>
        <source>无法读取文件：{why}</source>
        <translation>The file cannot be read: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>正在核验…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>电子化注册识别码 {code}：{message}</source>
        <translation>Electronic registration code {code}: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（签发：{who}）</source>
        <translation> (issued by {who})</translation>
    </message>
    <message>
        <location filename="../../views/backoffice.py" line="-65"/>
        <location filename="../../views/public_register.py" line="-195"/>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../views/public_register.py" line="+3"/>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>公众查询结果-{what}</source>
        <translation>Public register results-{what}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>请输入查询条件后点“查询”（或按回车）。</source>
        <translation>Enter what to look for and click &quot;Search&quot; (or press Enter).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>没有找到符合条件的记录（公示的只有在有效期内的执业注册）。</source>
        <translation>Nothing matches (only registrations in force are published).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>找到 {n} {unit}</source>
        <translation>{unit} found: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（向下滚动显示更多）</source>
        <translation> (scroll down for more)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>公众查询</source>
        <translation>Public register</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>下载全部公示数据…</source>
        <translation>Download all public data…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>整个公示名册（只含公开项目）：CSV、Excel 或 HL7 FHIR R4 数据包</source>
        <translation>The whole public register (published fields only): CSV, Excel or an HL7 FHIR R4 bundle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV（当前标签页的名册）</source>
        <translation>CSV (the register of the current tab)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel（医师、护士、医疗机构三张表）</source>
        <translation>Excel (three sheets: physicians, nurses, institutions)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HL7 FHIR R4 数据包（医师、执业注册、医疗机构）</source>
        <translation>HL7 FHIR R4 bundle (physicians, registrations, institutions)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>依法公示的执业注册信息，只显示规定公开的项目。请输入完整姓名（至少2个字）或完整的证书编号查询；可按省份缩小范围。</source>
        <translation>Practice registrations published by law, showing only the fields that are public. Search by full name (at least 2 characters) or by the full certificate number; a province narrows the search.</translation>
    </message>
    <message>
        <location filename="../../views/queue.py" line="-2"/>
        <source>案件编号</source>
        <extracomment>Milliseconds of quiet before a burst of feed changes reloads the list once (short: a change on another PC should be on screen within a second, issue 19).</extracomment>
        <translation>Case no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>业务类型</source>
        <translation>Case type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>机构</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>认领人</source>
        <translation>Claimed by</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>逾期案件</source>
        <translation>Overdue cases</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>刷新列表（F5）</source>
        <translation>Refresh the list (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打开选中的案件办理（Enter 或双击）</source>
        <translation>Open the selected case to work on it (Enter or double-click)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>现场受理申请人的纸质申请（Ctrl+Shift+N）</source>
        <translation>Accept an applicant&apos;s paper application at the counter (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>全部业务</source>
        <translation>All case types</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>姓名、拼音首字母、身份证号或案件编号</source>
        <translation>Name, pinyin initials, ID number or case no.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>输入开头几个字即可：案件编号、身份证号、姓名或拼音首字母（如 zw 找张伟）</source>
        <translation>The first characters are enough: case no., ID number, name or pinyin initials (e.g. zw for Zhang Wei)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>只看逾期(&amp;O)</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../views/roster_view.py" line="-3"/>
        <source>已注册</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>非在册（已备案）</source>
        <translation>Not practising (filed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已注销</source>
        <translation>Deregistered</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>主执业/多机构备案</source>
        <translation>Main / multi-site filing</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>姓名、拼音首字母、身份证号、资格证书编码或注册识别码</source>
        <translation>Name, pinyin initials, ID number, qualification code or registration code</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部级别</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类别：</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>级别：</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>查看医师档案…</source>
        <translation>Open record…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>还剩 {n} 天</source>
        <translation>Days left: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>今日满2年</source>
        <translation>2 years reached today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已满2年（超过 {n} 天）</source>
        <translation>2 years passed (days over: {n})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>备案日期</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备案原因</source>
        <translation>Filing reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满2年日期</source>
        <translation>2 years on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>剩余天数</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已备案（调离、退休、退职、被辞退、被开除）的医师；备案满2年未再执业的，注册将被注销</source>
        <translation>Physicians filed (transferred, retired, resigned, dismissed, expelled); if they do not practise again within 2 years of the filing, the registration is deregistered</translation>
    </message>
    <message>
        <location filename="../../views/shell.py" line="+47"/>
        <source>密码已修改，欢迎使用</source>
        <translation>Password changed. Welcome</translation>
    </message>
    <message>
        <location filename="../../views/worker.py" line="-3"/>
        <source>数据库暂不可用</source>
        <translation>The database is not available right now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这不是您的操作有误：请稍候片刻再点“重试”。如多次失败，请联系管理员。</source>
        <translation>You did nothing wrong: wait a moment, then click &quot;Retry&quot;. If it keeps failing, contact the administrator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>无法办理</source>
        <translation>This cannot be done</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>程序出错</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>程序内部出错，这次操作没有完成。</source>
        <translation>An internal error stopped this action; it was not completed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>错误详情已记录在日志文件：
{path}
请把这个文件发给系统管理员。</source>
        <translation>The details of the error are in the log file:
{path}
Please send this file to the system administrator.</translation>
    </message>
    <message>
        <location filename="../../views/help.py" line="+92"/>
        <source>用户手册</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>找不到用户手册（app/resources/help）：安装可能不完整。</source>
        <translation>The user guide (app/resources/help) is missing: the installation may be incomplete.</translation>
    </message>
    <message>
        <location filename="../../views/export.py" line="+0"/>
        <source>正在导出「{title}」…</source>
        <extracomment>Rows asked of the service per page while exporting (services cap their pages themselves).</extracomment>
        <translation>Exporting &quot;{title}&quot;…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+169"/>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>正在导出「{title}」：已写入 {n} 行…</source>
        <translation>Exporting &quot;{title}&quot;: {n} rows written…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>已导出 {n} 行到 {path}</source>
        <translation>Exported {n} rows to {path}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>公示数据</source>
        <translation>Public data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FHIR Bundle (*.json)</source>
        <translation>FHIR Bundle (*.json)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>主执业和多机构备案名单</source>
        <translation>Main-practice and multi-site filing lists</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>把列表中的全部记录（按当前查询和筛选条件）导出为 Excel 文件</source>
        <translation>Export every record of the list (with the current search and filters) to an Excel file</translation>
    </message>
    <message>
        <location filename="../../views/live.py" line="+164"/>
        <location filename="../../views/worker.py" line="-76"/>
        <source>连接中断，正在重试…</source>
        <extracomment>Seconds one wait on the feed may block (also how long stop() may take at most). Seconds to pause after the database failed before trying again. Every loop still running, stopped at interpreter exit (a window hidden but never closed).
----------
Resident IDs (18 or 15 digits), mobile numbers, and in an exception&apos;s own text (not the source lines of the traceback) every quoted value and every run of Chinese characters (names, addresses). A read that failed because the database was unreachable is tried again by itself after these pauses (milliseconds) while the window says 连接中断，正在重试; only then is the error shown.</extracomment>
        <translation>Connection lost, retrying…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../views/worker.py" line="+6"/>
        <source>连接已恢复</source>
        <translation>Connection restored</translation>
    </message>
    <message>
        <location filename="../../views/profile_changes.py" line="-10"/>
        <location line="+12"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <location line="+176"/>
        <source>原内容</source>
        <translation>Current</translation>
    </message>
    <message>
        <location line="-187"/>
        <location line="+12"/>
        <location line="+175"/>
        <source>新内容</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>办理时间</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未同意原因</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>申请修改个人信息</source>
        <translation>Request a change of personal details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>提交审核</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>学历、毕业院校、任职资格、科室和照片由主要执业机构审核同意后才会更改。只提交与现有记录不同的项目。</source>
        <translation>Education, school, professional title, department and photo change only after your main institution approves. Only the items that differ from your record are sent.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>（不更换）</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>选择照片…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>照片：</source>
        <translation>Photo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>近6个月2寸白底免冠正面半身照片，JPEG 或 PNG，不超过 1 MB</source>
        <translation>A recent (last 6 months) passport-style photo on white, bareheaded, facing forward; JPEG or PNG, at most 1 MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>选择照片</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>图片 (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>无法读取这张图片：请选择 JPEG 或 PNG 文件</source>
        <translation>This image cannot be read: choose a JPEG or PNG file</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>没有修改任何项目</source>
        <translation>Nothing was changed</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>个人信息变更申请（由主要执业机构审核）</source>
        <translation>Requests to change personal details (approved by the main institution)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <source>项</source>
        <translation>items</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>申请修改个人信息…</source>
        <translation>Request a change of personal details…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>不同意个人信息变更</source>
        <translation>Refuse a change of personal details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>不同意</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不同意 {name} 将{field}改为「{new}」。原因会告知医师本人。</source>
        <translation>Refuse {name}&apos;s request to change {field} to &quot;{new}&quot;. The physician will see the reason.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>如：学历证书与填写不符，请核对后重新申请</source>
        <translation>E.g.: the diploma does not match what was entered; please check and apply again</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>医师申请修改、等待本机构审核的个人信息</source>
        <translation>Personal details physicians asked to change, awaiting this institution&apos;s approval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>姓名或身份证号</source>
        <translation>Name or ID number</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>变更内容</source>
        <translation>Requested change</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>同意</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>不同意…</source>
        <translation>Refuse…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>在上面的列表中选择一项变更申请。</source>
        <translation>Choose a change request in the list above.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}（{id_number}），{at} 提交</source>
        <translation>{name} ({id_number}), submitted {at}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>（无照片）</source>
        <translation>(no photo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>已同意 {name} 的{field}变更</source>
        <translation>Approved: {name}&apos;s change of {field}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已不同意 {name} 的{field}变更</source>
        <translation>Refused: {name}&apos;s change of {field}</translation>
    </message>
    <message>
        <location filename="../../views/registry_import.py" line="-162"/>
        <source>护士执业注册</source>
        <translation>Nurse practice registrations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必填列：姓名、身份证号、执业证书编号、执业地点（6位行政区划代码）、注册日期。可选列：性别、执业机构登记号、发证机关、有效期至（不填按注册日期起5年）、状态（“注销”表示已注销）。</source>
        <translation>Required columns: name, id_number, certificate_number, place (6-digit area code), valid_from (registration date). Optional columns: gender, institution (registration no.), authority, valid_until (5 years from valid_from if empty), active (&quot;inactive&quot; or 0 for deregistered). The Chinese column headers of the official templates are accepted too.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>医疗机构执业许可</source>
        <translation>Medical institution licences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必填列：机构名称、登记号、地址、法定代表人、主要负责人、所在地区（6位行政区划代码）。可选列：诊疗科目、审批机关、执业许可证有效期限。已有的机构按登记号更新许可信息。</source>
        <translation>Required columns: name, registration_number, address, legal_representative, principal, jurisdiction (6-digit area code). Optional columns: subjects, approving_authority, licence_valid_until. The Chinese column headers of the official templates are accepted too. An institution already on file is updated by its registration number.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>行号</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>导入名册数据</source>
        <extracomment>What each kind&apos;s import announces to the other windows (change feed topic).</extracomment>
        <translation>Import registry data</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>考试中心医师资格名单</source>
        <extracomment>kind → (label, &quot;service.method&quot; of the desk, columns, required-column note)</extracomment>
        <translation>Exam centre&apos;s qualification list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必填列：姓名、身份证号、级别、类别，以及医师资格证书编码或准考证号（至少一项）。可选列：发证日期。新的身份证号自动建立医师档案；已导入的资格不会重复登记。</source>
        <translation>Required columns: name, id_number, level, category, and certificate_code or exam_ticket (at least one). Optional column: issued_on. The Chinese column headers of the official templates are accepted too. A new ID number gets a physician record; qualifications already imported are not entered twice.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>导入考试中心的医师资格名单，或本委护士执业注册名册、医疗机构执业许可名册（CSV 或 Excel 文件，第1行为表头）。选择文件后先预览，再导入；有误的行按行号列出原因。同一文件重复导入不会重复登记。</source>
        <translation>Import the examination centre&apos;s list of qualifications, or the commission&apos;s register of nurse practice registrations or of medical institution licences (a CSV or Excel file with the column headers in line 1). A chosen file is previewed first, then imported; wrong rows are listed by line with the reason. Importing the same file again adds nothing twice.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>名册：</source>
        <translation>Registry:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>选择 CSV 或 XLSX 文件</source>
        <translation>Choose a CSV or XLSX file</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/settings_dialog.py" line="-18"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出错误报告…</source>
        <translation>Export error report…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>选择名册文件</source>
        <translation>Choose the registry file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名册 (*.csv *.xlsx *.txt)</source>
        <translation>Registries (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>文件是空的</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>预览：共 {n} 行数据（左侧为文件中的行号，第1行为表头）</source>
        <translation>Preview: {n} data rows (line numbers of the file on the left; line 1 holds the headers)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，只显示前 {k} 行</source>
        <translation>, only the first {k} shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>。核对无误后点“导入”。</source>
        <translation>. Check them, then click &quot;Import&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>请先选择要导入的文件</source>
        <translation>First choose the file to import</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{what}：共读取 {total} 行；新增或更新 {imported} 条，已有且无变化 {unchanged} 条，有误 {bad} 条。</source>
        <translation>{what}: {total} rows read; {imported} added or updated, {unchanged} already on file unchanged, {bad} with errors.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>新建医师档案 {n} 份。</source>
        <translation> {n} new physician record(s) created.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+1"/>
        <source>导入错误报告</source>
        <translation>Import error report</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="-48"/>
        <source>连接成功：{where}（数据库结构版本 {version}）。</source>
        <extracomment>Each language under its own name (as language lists show them), so not translated.</extracomment>
        <translation>Connected: {where} (database schema version {version}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>连接成功：{where} 是空数据库，第一次打开时会建立表结构。</source>
        <translation>Connected: {where} is an empty database; its tables are created the first time it is opened.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可以使用：{where} 还不存在，第一次打开时会创建它。</source>
        <translation>Usable: {where} does not exist yet; it is created the first time it is opened.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件夹不存在或没有写入权限：{where}。请选择一个可写的文件夹。</source>
        <translation>The folder does not exist or cannot be written to: {where}. Choose a folder you can write to.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个文件不是本系统的数据库：{where}。</source>
        <translation>This file is not a database of this system: {where}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务器要求密码：请在“密码”栏填写后再试。</source>
        <translation>The server asks for a password: enter it in the &quot;Password&quot; field and try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码不正确，或这个用户不能登录服务器 {where}。</source>
        <translation>The password is wrong, or this user cannot sign in to the server {where}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无法连接 {where}：请检查地址和端口、网络，并确认服务器已启动。</source>
        <translation>Cannot connect to {where}: check the address and port and the network, and make sure the server is running.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这台电脑未安装 PostgreSQL 驱动（psycopg），无法连接数据库服务器。</source>
        <translation>The PostgreSQL driver (psycopg) is not installed on this computer, so it cannot connect to a database server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地址格式不正确。可以填：SQLite 文件路径，postgresql+psycopg://用户@主机:端口/库名，或 https://主机:端口（桌面服务器）。</source>
        <translation>The address is not valid. Enter an SQLite file path, postgresql+psycopg://user@host:port/database, or https://host:port (desk server).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请不要把密码写在地址里：密码填在“密码”栏，它将保存在系统钥匙串中。</source>
        <translation>Do not put the password in the address: enter it in the &quot;Password&quot; field; it is kept in the system keychain.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>连接成功：桌面服务器 {where} 已应答。</source>
        <translation>Connected: the desk server {where} answered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务器 {where} 的证书不受这台电脑信任：请让管理员安装证书，或检查地址。</source>
        <translation>This computer does not trust the certificate of the server {where}: ask the administrator to install the certificate, or check the address.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>连接失败：{detail}</source>
        <translation>Connection failed: {detail}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>数据库或桌面服务器</source>
        <translation>Database or desk server</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>留空：本机默认文件 {path}</source>
        <translation>Leave empty for this computer&apos;s default file {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>三种地址：一台电脑单独使用填 SQLite 文件路径；本单位局域网的数据库服务器填 postgresql+psycopg://用户@主机:5432/库名；全省的桌面服务器填 https://主机:端口。</source>
        <translation>Three kinds of address: a single computer on its own uses an SQLite file path; a database server on the office network uses postgresql+psycopg://user@host:5432/database; the province&apos;s desk server uses https://host:port.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>数据库服务器的密码（不改可留空）</source>
        <translation>The database server&apos;s password (leave empty to keep it)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>当前使用：{where}。改过的地址在下次启动时使用。</source>
        <translation>In use now: {where}. A changed address is used from the next start.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>界面与安全</source>
        <translation>Interface and security</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>界面语言：</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下次启动时生效。</source>
        <translation>Takes effect at the next start.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> 分钟</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无操作自动锁定：</source>
        <translation>Lock when idle for:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>这台电脑没有可用的系统钥匙串：密码不会被保存，每次启动时会询问密码。</source>
        <translation>This computer has no system keychain: the password is not kept and is asked for at each start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>密码保存在系统钥匙串中，不会写入任何文件。</source>
        <translation>The password is kept in the system keychain and never written to a file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>选择数据库文件</source>
        <translation>Choose the database file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite 数据库 (*.db);;所有文件 (*)</source>
        <translation>SQLite database (*.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../../build/i18n/reference_strings.py" line="+333"/>
        <source>无法生成不重复的用户名，请联系管理员</source>
        <translation>A unique username could not be generated; please contact the administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有这个医疗机构</source>
        <translation>No such medical institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有这位医师</source>
        <translation>No such physician</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有这个账户</source>
        <translation>No such account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号不能为空</source>
        <translation>The ID number must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未找到与该身份证号和姓名相符的医师账户</source>
        <translation>No physician account matches this ID number and name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不能停用自己的账户</source>
        <translation>You cannot disable your own account</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>请输入用户名</source>
        <translation>Please enter the username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请输入密码</source>
        <translation>Please enter the password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新密码不能与原密码相同</source>
        <translation>The new password must differ from the current one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写医师资格证书编码、准考证号或激活码中的一项</source>
        <translation>Enter one of: qualification certificate code, exam ticket number or activation code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据库中已有用户，不能再次初始化；请用已有账户登录</source>
        <translation>The database already has users and cannot be set up again; sign in with an existing account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户名或密码错误</source>
        <translation>Wrong username or password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原密码错误</source>
        <translation>The current password is wrong</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>该账户已激活，无需再次激活</source>
        <translation>This account is already activated</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>该账户已停用，请联系卫生健康委</source>
        <translation>This account is disabled; please contact the health commission</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>该身份证号已开通医师账户；如忘记用户名，请本人持身份证到卫生健康委窗口查询</source>
        <translation>A physician account already exists for this ID number; if the username is forgotten, the physician brings the ID card to the health commission&apos;s counter to look it up</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>登录凭据无效，请重新登录</source>
        <translation>The sign-in is no longer valid; please sign in again</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>登录已过期，请重新登录</source>
        <translation>The sign-in has expired; please sign in again</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>请先登录</source>
        <translation>Please sign in first</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>该记录已被其他用户修改，请刷新后重试</source>
        <translation>This record was changed by another user; refresh and try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据与已有记录冲突（可能已被其他用户登记），请刷新后重试</source>
        <translation>The data conflicts with an existing record (another user may have entered it); refresh and try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选择「其他」类原因时须填写具体说明</source>
        <translation>A reason of the &quot;Other&quot; kind needs details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>分页起点无效</source>
        <translation>Invalid start of page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>翻页位置无效，请重新查询</source>
        <translation>Invalid paging position; please search again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>逾期筛选应为是或否</source>
        <translation>The overdue filter must be yes or no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>搜索内容应为文字</source>
        <translation>The search must be text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择要登记的纸质材料</source>
        <translation>Please choose the paper material to record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择是否已收到该材料</source>
        <translation>Please choose whether the material was received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择工作日或休息日</source>
        <translation>Please choose working day or rest day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明不能超过60个字符</source>
        <translation>The note must not exceed 60 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师只能为本人提交申请</source>
        <translation>Physicians can only apply for themselves</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>电子化注册识别码不能为空</source>
        <translation>The electronic registration code must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电子化注册识别码前14位应为数字，最后一位为数字或 X</source>
        <translation>The first 14 characters of the electronic registration code must be digits, the last a digit or X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电子化注册识别码中的序号不能为 00000000</source>
        <translation>The serial number in the electronic registration code cannot be 00000000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师执业证书编码不能为空</source>
        <translation>The practice certificate number must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师执业证书编码只能包含数字</source>
        <translation>The practice certificate number may only contain digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师执业证书编码中的序号不能为 00000000</source>
        <translation>The serial number in the practice certificate number cannot be 00000000</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>起始位置不能为负数</source>
        <translation>The start position cannot be negative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每页条数至少为1</source>
        <translation>At least 1 row per page</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>请输入姓名或证书编码</source>
        <translation>Please enter a name or a certificate code</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>无法识别文件编码：请保存为 UTF-8 或 GB18030 编码的 CSV 文件</source>
        <translation>The file&apos;s encoding is not recognised: save it as a CSV file in UTF-8 or GB18030</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件是空的：第1行应为表头（姓名、身份证号、医师资格证书编码、准考证号、级别、类别）</source>
        <translation>The file is empty: row 1 must be the header (name, ID number, qualification certificate code, exam ticket number, level, category)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>应传入多行数据（映射的列表）或 CSV/XLSX 文件路径</source>
        <translation>Expected rows of data (a list of mappings) or the path of a CSV/XLSX file</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>姓名最多 100 个字</source>
        <translation>A name can have at most 100 characters</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>密码错误次数过多，已退出登录，请稍后重新登录</source>
        <translation>Too many wrong passwords: you have been signed out; sign in again later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内存数据库无法备份或恢复</source>
        <translation>An in-memory database cannot be backed up or restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个文件不是本系统的数据库备份</source>
        <translation>This file is not a backup of this system&apos;s database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个文件不是 pg_dump 生成的备份（自定义格式）</source>
        <translation>This file is not a backup made by pg_dump (custom format)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份文件不能是数据库文件本身</source>
        <translation>The backup file cannot be the database file itself</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据库出错，这次操作没有完成，请稍后重试或联系管理员</source>
        <translation>A database error stopped this action; nothing was done. Try again later or contact the administrator</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>数据库响应超时，这次操作没有完成，请稍后重试</source>
        <translation>The database did not answer in time; this action was not done. Try again later</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>连接中断，无法确认这次操作是否已保存：请刷新后查看，再决定是否重做</source>
        <translation>The connection was lost and it is not known whether this action was saved: refresh and look before doing it again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>连接中断，这次操作没有完成（没有保存任何内容），请重试</source>
        <translation>The connection was lost; this action was not done (nothing was saved). Please try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>连接中断，正在重试；如仍失败，请检查网络</source>
        <translation>The connection was lost; retrying. If it keeps failing, check the network</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>输出方式应为打印或保存 PDF</source>
        <translation>The output must be a print or a saved PDF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>请选择一张照片（JPEG 或 PNG 文件）</source>
        <translation>Choose a photo (a JPEG or PNG file)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>照片应为 JPEG 或 PNG 图片</source>
        <translation>The photo must be a JPEG or PNG image</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请至少填写一项要修改的个人信息</source>
        <translation>Fill in at least one personal detail to change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请写明不同意的原因（医师本人可以看到）</source>
        <translation>Write the reason for refusing (the physician will see it)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原因最多500个字</source>
        <translation>The reason can have at most 500 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有这项个人信息变更申请（或不属于本机构）</source>
        <translation>No such change request (or it does not belong to this institution)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有这项个人信息变更申请</source>
        <translation>No such change request</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>医师档案不存在</source>
        <translation>No such physician record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您尚无有效的执业注册：个人信息变更由主要执业机构审核，请在执业注册办结后再申请</source>
        <translation>You have no registration in force: changes of personal details are approved by your main institution, so apply once your registration is decided</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写护士的姓名（2至60个字）</source>
        <translation>Enter the nurse&apos;s name (2 to 60 characters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写护士执业证书编号（字母和数字，最多32位）</source>
        <translation>Enter the nurse practice certificate number (letters and digits, at most 32)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写注册日期</source>
        <translation>Enter the registration date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>执业证书编号不能为空</source>
        <translation>The practice certificate number must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册日期不能为空</source>
        <translation>The registration date must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有效期至应晚于注册日期</source>
        <translation>&quot;Valid until&quot; must be later than the registration date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文件是空的：第1行应为表头</source>
        <translation>The file is empty: line 1 must hold the column headers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请只传入多行数据或一个文件，不能两者都传</source>
        <translation>Pass either rows or a file, not both</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>文件内容应为字节</source>
        <translation>The file content must be bytes</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>您无权管理该机构账户</source>
        <translation>You may not manage this institution account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您无权管理管辖范围以外的卫生健康委账户</source>
        <translation>You may not manage health commission accounts outside your jurisdiction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您无权管理该账户</source>
        <translation>You may not manage this account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您无权管理该医师账户</source>
        <translation>You may not manage this physician&apos;s account</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>只有医师个人账户需要激活</source>
        <translation>Only a physician&apos;s personal account needs activating</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>激活码不正确或已失效，请向执业机构重新获取</source>
        <translation>The activation code is wrong or has expired; ask the practice institution for a new one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证书编码或准考证号与姓名、身份证号不匹配</source>
        <translation>The certificate number or exam admission number does not match the name and ID number</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>长时间未操作，登录已失效，请重新登录</source>
        <translation>Signed out after a long time without use; please sign in again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>另一窗口正在办理，请稍后重试</source>
        <translation>Another window is working on this; try again in a moment</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>该账户未关联医疗机构</source>
        <translation>This account is not linked to a medical institution</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>请先修改初始密码，再办理业务</source>
        <translation>Change the initial password before doing any business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您的医师账户尚未激活：请先用医师资格证书编码、准考证号或执业机构发放的激活码激活账户</source>
        <translation>Your physician account is not activated yet: activate it first with the qualification certificate number, the exam admission number or an activation code from your practice institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>此项业务只能由卫生健康委管理员办理</source>
        <translation>Only a health commission administrator can do this</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您无权查看或办理该案件</source>
        <translation>You may not view or handle this case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您无权查看或办理该医师的信息</source>
        <translation>You may not view or handle this physician&apos;s records</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>账户未关联医师档案</source>
        <translation>The account is not linked to a physician record</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>执业地点不在本委管辖区域内</source>
        <translation>The place of practice is outside this commission&apos;s jurisdiction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应传入多行数据（映射的列表）或文件内容，二者只能选一</source>
        <translation>Pass either rows (a list of mappings) or the file content, not both</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>请提供文件名（用于识别 CSV 或 XLSX 格式）</source>
        <translation>Give the file name (it tells CSV from XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请传入多行数据（映射的列表）或 CSV/XLSX 文件内容</source>
        <translation>Pass rows (a list of mappings) or the content of a CSV/XLSX file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>条数至少为1</source>
        <translation>At least 1 row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应传入多行数据（映射的列表）；文件请以内容和文件名传入</source>
        <translation>Pass rows (a list of mappings); pass a file as its content and file name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注应为文字</source>
        <translation>The note must be text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择不予批准的原因</source>
        <translation>Please choose the reason for not approving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>助理医师升执业医师须主要执业机构不变；更换机构须重新注册</source>
        <translation>An upgrade to practising physician keeps the main institution; a new institution needs a new registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该注册没有主要执业机构，不能升级</source>
        <translation>This registration has no main institution and cannot be upgraded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该注册没有主要执业机构，不能变更</source>
        <translation>This registration has no main institution and cannot be changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更换主要执业机构不能申请变更，须重新注册：请原机构办理注册备案后，在新机构申请注册</source>
        <translation>A change cannot replace the main institution; register again: the former institution files the departure, then apply for registration at the new one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更执业类别须同时选择新的执业范围</source>
        <translation>A change of practice category needs a new practice scope as well</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请变更的内容与现有注册相同：请修改执业类别、执业范围或执业地点</source>
        <translation>The change requested is the same as the current registration: change the practice category, scope or place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别应为「男」或「女」</source>
        <translation>Gender must be &quot;男&quot; (male) or &quot;女&quot; (female)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择性别</source>
        <translation>Please choose the gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生日期应早于今天</source>
        <translation>The date of birth must be before today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外国医师的国籍不能是中国；港澳台医师请办理港澳台医师短期行医</source>
        <translation>A foreign physician&apos;s nationality cannot be China; physicians from Hong Kong, Macao and Taiwan apply for their own short-term practice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写资格取得日期</source>
        <translation>Please enter the date the qualification was obtained</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资格取得日期不能晚于今天</source>
        <translation>The qualification date cannot be later than today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所选注册记录不属于该医师</source>
        <translation>The chosen registration does not belong to this physician</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该注册没有主要执业机构</source>
        <translation>This registration has no main institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生日期与身份证号不符</source>
        <translation>The date of birth does not match the ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这不是 PDF 文件</source>
        <translation>This is not a PDF file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这不是本系统打印的注册结果通知（文件中没有识别码和核验码）</source>
        <translation>This is not a registration notice printed by this system (the file has no registration code and check code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手机号不能为空</source>
        <translation>The mobile number must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手机号格式不正确：应为11位中国大陆手机号，以1开头，第二位为3至9</source>
        <translation>The mobile number is not valid: it must be an 11-digit mainland China mobile number starting with 1, the second digit 3 to 9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名不能为空</source>
        <translation>The name must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名中的间隔号“·”不能在开头、结尾或连续出现</source>
        <translation>The middle dot &quot;·&quot; in a name cannot be at the start or end, or doubled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名至少要有一个汉字或字母</source>
        <translation>A name needs at least one Chinese character or letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师资格证书编码只能包含数字和大写英文字母</source>
        <translation>The qualification certificate code may only contain digits and capital letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>准考证号只能包含数字</source>
        <translation>The exam ticket number may only contain digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记号只能包含数字和大写英文字母</source>
        <translation>The registration number may only contain digits and capital letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>行政区划代码不能为空</source>
        <translation>The administrative division code must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师级别不能为空</source>
        <translation>The level must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业类别不能为空</source>
        <translation>The practice category must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择执业范围</source>
        <translation>Please choose a practice scope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业范围最多两个：一个执业范围，另可加注一个规定的范围</source>
        <translation>At most two practice scopes: one scope plus one of the listed additional scopes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期限结束日期必须晚于开始日期</source>
        <translation>The end date must be after the start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户名不能为空</source>
        <translation>The username must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户名只能包含英文字母、数字、下划线“_”、点“.”和连字符“-”</source>
        <translation>The username may only contain letters, digits, underscore &quot;_&quot;, dot &quot;.&quot; and hyphen &quot;-&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码不能为空</source>
        <translation>The password must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不能与用户名相同</source>
        <translation>it must not be the same as the username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号应为18位：15位旧号码请换用18位居民身份证号码</source>
        <translation>The ID number must have 18 characters: replace an old 15-digit number with the 18-digit resident ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电子邮箱不能为空</source>
        <translation>The email address must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中文姓名中不能有空格</source>
        <translation>A Chinese name cannot contain spaces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未签名：无法确认由卫生健康委签发</source>
        <translation>not signed: it cannot be confirmed that a health commission issued it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名无效：文件在签名后被改动过</source>
        <translation>invalid signature: the file was changed after it was signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名后文件又被追加修改</source>
        <translation>the file was added to after it was signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名证书不是受信任的卫生健康委证书</source>
        <translation>the signing certificate is not a trusted health commission certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与公示信息一致（注册有效，通知所载内容未变）</source>
        <translation>matches the public register (the registration is valid and what the notice states has not changed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册仍有效，但通知所载内容已有变更（以公示信息为准）</source>
        <translation>the registration is still valid, but what the notice states has changed since (the public register prevails)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该注册已注销</source>
        <translation>this registration has been deregistered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该注册已备案（非在册），不再执业</source>
        <translation>this registration has been filed (no longer registered) and no longer practises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册信息中没有这个电子化注册识别码</source>
        <translation>the register has no such electronic registration code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未知的材料：{join_unknown}</source>
        <translation>Unknown documents: {join_unknown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请先核验并勾选以下材料，再开通机构账户：{join_missing}</source>
        <translation>Check and tick these documents before opening the institution account: {join_missing}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您的管辖范围（{reference_area_jurisdiction_or}）不包括{reference_area_name_area}，{refused}</source>
        <translation>Your jurisdiction ({reference_area_jurisdiction_or}) does not include {reference_area_name_area}; {refused}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业许可证已于 {valid_until} 过期，不能开通账户</source>
        <translation>The practice licence expired on {valid_until}; the account cannot be opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记号 {number} 的机构已开通账户</source>
        <translation>The institution with registration no. {number} already has an account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机构“{inst_name}”还没有账户</source>
        <translation>The institution &quot;{inst_name}&quot; has no account yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{physician_name}不是在本机构注册的医师：激活码只能由主要执业机构发放，尚未注册的医师请用医师资格证书编码或准考证号激活</source>
        <translation>{physician_name} is not registered with this institution: only the main practice institution issues activation codes; a physician not yet registered activates with the qualification certificate number or exam admission number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{physician_name}的医师账户已激活，无需激活码</source>
        <translation>{physician_name}&apos;s physician account is already activated; no activation code is needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户名“{username}”已被使用，请换一个</source>
        <translation>The username &quot;{username}&quot; is taken; choose another</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>激活尝试次数过多，请于 {until} 后再试</source>
        <translation>Too many activation attempts; try again after {until}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码错误次数过多，账户已锁定至 {until}，请稍后再试</source>
        <translation>Too many wrong passwords: the account is locked until {until}; try again later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>激活码应为{activation_code_length}位字母和数字</source>
        <translation>The activation code has {activation_code_length} letters and digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户名或密码错误（再错 {left} 次账户将锁定 15 分钟）</source>
        <translation>Wrong username or password ({left} more wrong tries lock the account for 15 minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码错误（再错 {left} 次将退出登录并锁定账户）</source>
        <translation>Wrong password ({left} more wrong tries sign you out and lock the account)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份文件所在的文件夹不存在：{target_parent}</source>
        <translation>The backup file&apos;s folder does not exist: {target_parent}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份文件不存在：{source}</source>
        <translation>The backup file does not exist: {source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这台电脑没有安装 PostgreSQL 的 {program} 程序，无法备份PostgreSQL 数据库。请安装 PostgreSQL 客户端（Debian/Ubuntu：apt install postgresql-client；Windows：PostgreSQL 安装包中的 Command Line Tools），或在数据库服务器上操作。</source>
        <translation>PostgreSQL&apos;s {program} program is not installed on this computer, so the PostgreSQL database cannot be backed up. Install the PostgreSQL client (Debian/Ubuntu: apt install postgresql-client; Windows: the Command Line Tools of the PostgreSQL installer), or do it on the database server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这台电脑没有安装 PostgreSQL 的 {program} 程序，无法恢复PostgreSQL 数据库。请安装 PostgreSQL 客户端（Debian/Ubuntu：apt install postgresql-client；Windows：PostgreSQL 安装包中的 Command Line Tools），或在数据库服务器上操作。</source>
        <translation>PostgreSQL&apos;s {program} program is not installed on this computer, so the PostgreSQL database cannot be restored. Install the PostgreSQL client (Debian/Ubuntu: apt install postgresql-client; Windows: the Command Line Tools of the PostgreSQL installer), or do it on the database server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{program} 失败：{detail_if_done_returncode}</source>
        <translation>{program} failed: {detail_if_done_returncode}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份失败：{exc}</source>
        <translation>The backup failed: {exc}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法写入备份文件 {target}：{exc_strerror_or_exc}</source>
        <translation>Cannot write the backup file {target}: {exc_strerror_or_exc}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个文件不是完好的 SQLite 备份：{problem}</source>
        <translation>This file is not a sound SQLite backup: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{program} 超过 {pg_tool_timeout} 分钟仍未完成，已放弃</source>
        <translation>{program} had not finished after {pg_tool_timeout} minutes and was given up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据库文件不存在：{source}</source>
        <translation>The database file does not exist: {source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份副本校验失败：{problem}</source>
        <translation>The backup copy failed its check: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复失败：{exc}</source>
        <translation>The restore failed: {exc}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件版本号无效：「{value}」，请刷新后重试</source>
        <translation>Invalid case version &quot;{value}&quot;; refresh and try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>业务类型「{value}」不存在</source>
        <translation>There is no case kind &quot;{value}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每页条数应为1至{max_page}</source>
        <translation>Rows per page must be 1 to {max_page}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}「{value}」无效</source>
        <translation>{label} &quot;{value}&quot; is not valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件 {case_number} 已被 {who}于 {when} 处理（{action_label_case_kind}，当前状态：{status}），请刷新后重试</source>
        <translation>Case {case_number} was handled by {who} at {when} ({action_label_case_kind}, status now: {status}); refresh and try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件 {case_number} 已被 {who} 于 {when} 处理（{action_label_case_kind}，当前状态：{status}），请刷新后重试</source>
        <translation>Case {case_number} was handled by {who} at {when} ({action_label_case_kind}, status now: {status}); refresh and try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件 {case_number} 当前状态为「{status}」，不能{label}：{reason}{hint}</source>
        <translation>Case {case_number} is &quot;{status}&quot; and cannot be given &quot;{label}&quot;: {reason}{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件 {case_number} 正由 {name} 办理（{since} 认领，{until} 前有效），请选择其他案件</source>
        <translation>Case {case_number} is being handled by {name} (claimed {since}, held until {until}); choose another case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{reference_area_prep_area}」不在本委管辖范围内，不能受理</source>
        <translation>&quot;{reference_area_prep_area}&quot; is outside this commission&apos;s jurisdiction; the case cannot be accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{reference_kind_label_kind}」只能在卫生健康委窗口办理</source>
        <translation>&quot;{reference_kind_label_kind}&quot; can only be handled at a health commission counter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{reference_kind_label_kind}」不能保存草稿</source>
        <translation>&quot;{reference_kind_label_kind}&quot; cannot be saved as a draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年份无效：「{year}」</source>
        <translation>Invalid year: &quot;{year}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件不存在（编号 {case_id}）</source>
        <translation>No such case (no. {case_id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件 {case_number} 已被其他用户修改（当前状态：{status}），请刷新后重试</source>
        <translation>Case {case_number} was changed by another user (status now: {status}); refresh and try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有{who}可以{action_label_case_kind}案件 {case_number}</source>
        <translation>Only {who} can do &quot;{action_label_case_kind}&quot; on case {case_number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{inst_name}」不在本委管辖范围内，不能受理</source>
        <translation>&quot;{inst_name}&quot; is outside this commission&apos;s jurisdiction; the case cannot be accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口业务须收齐纸质材料后才能批准：案件 {case_number} 尚缺 {join_missing}</source>
        <translation>A counter case can only be approved once all paper documents are in: case {case_number} still lacks {join_missing}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{name}」不是「{reference_kind_case_kind}」的纸质材料</source>
        <translation>&quot;{name}&quot; is not a paper document of &quot;{reference_kind_case_kind}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{rules_field_key_key}」应为文字列表</source>
        <translation>&quot;{rules_field_key_key}&quot; must be a list of texts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{rules_field_key_key}」的值无效</source>
        <translation>The value of &quot;{rules_field_key_key}&quot; is invalid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件编号无效：「{case_id}」</source>
        <translation>Invalid case no.: &quot;{case_id}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电子化注册识别码应为{code_length}位，当前为{len_raw}位</source>
        <translation>The electronic registration code must have {code_length} characters; it has {len_raw}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电子化注册识别码的前两位「{raw}」不是有效的省级代码</source>
        <translation>The first two characters of the electronic registration code, &quot;{raw}&quot;, are not a valid province code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电子化注册识别码中的年份「{year}」无效</source>
        <translation>The year &quot;{year}&quot; in the electronic registration code is not valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电子化注册识别码校验位错误：应为 {expected}</source>
        <translation>Wrong check character in the electronic registration code: it should be {expected}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师执业证书编码第1位「{raw}」不是有效的医师级别代码</source>
        <translation>Character 1 of the practice certificate number, &quot;{raw}&quot;, is not a valid level code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师执业证书编码第2位「{raw}」不是有效的执业类别代码</source>
        <translation>Character 2 of the practice certificate number, &quot;{raw}&quot;, is not a valid practice category code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师执业证书编码第3-4位「{raw}」不是有效的省级代码</source>
        <translation>Characters 3–4 of the practice certificate number, &quot;{raw}&quot;, are not a valid province code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师执业证书编码校验位错误：应为 {expected}</source>
        <translation>Wrong check digit in the practice certificate number: it should be {expected}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year}年本省电子化注册识别码序号已用尽，请联系系统管理员</source>
        <translation>The province&apos;s electronic registration code numbers for {year} are used up; contact the system administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师执业证书编码应为{practice_number_length}位数字，当前为{len_raw}位</source>
        <translation>The practice certificate number must have {practice_number_length} digits; it has {len_raw}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>演示数据导入失败：{join_e_result_errors}</source>
        <translation>Loading the demo data failed: {join_e_result_errors}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}的类型不受支持：{kind_value}</source>
        <translation>{label_field} has an unsupported type: {kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}应为文本，收到的是{kind_value}</source>
        <translation>{name} must be text, received {kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}过长：最多{maximum}个字符，当前{len_value}个</source>
        <translation>{name} is too long: at most {maximum} characters, it has {len_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}应为整数，收到的是{kind_value}</source>
        <translation>{name} must be a whole number, received {kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}超出范围：应在{low}至{high}之间</source>
        <translation>{name} is out of range: it must be between {low} and {high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}应为数字，收到的是{kind_value}</source>
        <translation>{name} must be a number, received {kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}应为有限的数字</source>
        <translation>{name} must be a finite number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}应为“是”或“否”（布尔值），收到的是{kind_value}</source>
        <translation>{label_field} must be yes or no (a boolean), received {kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登录凭据无效：应为登录返回的凭据，收到的是{kind_value}</source>
        <translation>Invalid sign-in credentials: expected the credentials returned at sign-in, received {kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}应为{expected}，收到的是{kind_value}</source>
        <translation>{label_field} must be {expected}, received {kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}应为日期，收到的是{kind_value}</source>
        <translation>{label_field} must be a date, received {kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}应为文件内容，收到的是{kind_value}</source>
        <translation>{label_field} must be a file&apos;s contents, received {kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}过大：最多{max_file_bytes} MB</source>
        <translation>{label_field} is too large: at most {max_file_bytes} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}应为文件，收到的是{kind_value}</source>
        <translation>{label_field} must be a file, received {kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}的层次过深</source>
        <translation>{label_field} is nested too deeply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}应为可调用的函数，收到的是{kind_value}</source>
        <translation>{label_field} must be a callable function, received {kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}的类型不正确：应为{cls_name}，收到的是{kind_value}</source>
        <translation>{label_field} has the wrong type: expected {cls_name}, received {kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}不能为空</source>
        <translation>{label_field} must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}应为列表，收到的是{kind_value}</source>
        <translation>{label_field} must be a list, received {kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}的条目过多：最多{max_items}项</source>
        <translation>{label_field} has too many items: at most {max_items}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}应为键值表，收到的是{kind_value}</source>
        <translation>{label_field} must be a mapping, received {kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}无效：应为{len_items}项的列表，收到的是{kind_value}</source>
        <translation>{label_field} is invalid: expected a list of {len_items} items, received {kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}含有不可见的控制字符（如 NUL），请删除后重新输入</source>
        <translation>{name} contains invisible control characters (such as NUL); remove them and enter it again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}含有无效的字符编码（孤立的代理字符），请重新输入</source>
        <translation>{name} contains an invalid character encoding (a lone surrogate); enter it again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调用参数不正确：{exc}</source>
        <translation>Wrong arguments: {exc}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>参数「{name}」无效：「{value}」</source>
        <translation>Invalid value of &quot;{name}&quot;: &quot;{value}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等待时间应为0至{max_wait}秒</source>
        <translation>The wait must be 0 to {max_wait} seconds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>条数应为1至{max_choices}</source>
        <translation>The number of rows must be 1 to {max_choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业机构无效：「{institution_id}」</source>
        <translation>Invalid practice institution: &quot;{institution_id}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医疗机构不存在（编号 {institution_id}）</source>
        <translation>No such medical institution (no. {institution_id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有「{register}」这个名册：可选 {join_registers}</source>
        <translation>There is no register &quot;{register}&quot;: choose one of {join_registers}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不支持的格式「{fmt}」：可选 {join_formats}</source>
        <translation>Unsupported format &quot;{fmt}&quot;: choose one of {join_formats}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有这种纸质文件：{document}</source>
        <translation>There is no such paper document: {document}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件 {case_number} 尚未批准（当前状态：{label}），不能打印注册结果通知</source>
        <translation>Case {case_number} is not approved (status now: {label}); no registration notice can be printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件 {case_number}（{reference_kind_case_kind}）未发放电子化注册识别码，没有注册结果通知可打印</source>
        <translation>Case {case_number} ({reference_kind_case_kind}) issued no electronic registration code; there is no registration notice to print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{document_labels_document}在预览后已有人打印（现应为第 {expected} 份）：请关闭预览后重新打开，再打印</source>
        <translation>Someone printed the {document_labels_document} after this preview was opened (this would now be copy {expected}): close the preview, open it again, then print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>此项业务只能由{labels}用户办理，当前用户为{p_role_label}用户</source>
        <translation>Only {labels} users can do this; you are signed in as a {p_role_label} user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业医师注册由省级或设区的市级卫生健康委审批，县级卫生健康委只能审批执业助理医师注册：案件 {case_number} 请报市级或省级卫生健康委办理</source>
        <translation>A licensed physician&apos;s registration is decided by a provincial or city health commission; a county commission decides only assistant physicians&apos; registrations: pass case {case_number} on to the city or provincial commission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您无权查看或管理机构“{institution_name}”</source>
        <translation>You may not view or manage the institution &quot;{institution_name}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{fields_field}应为文字</source>
        <translation>{fields_field} must be text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{fields_field}最多{max_length_field}个字</source>
        <translation>{fields_field} may have at most {max_length_field} characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>照片文件太大（{len_data} KB）：请使用不超过 {max_photo_bytes} KB 的 JPEG 或 PNG 文件</source>
        <translation>The photo file is too large ({len_data} KB): use a JPEG or PNG file of at most {max_photo_bytes} KB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这项变更已办结（{outcome}），请刷新列表</source>
        <translation>This change is already decided ({outcome}); refresh the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{key}」不是可修改的个人信息（可改：{allowed}）</source>
        <translation>&quot;{key}&quot; is not a personal detail that can be changed (these can: {allowed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{fields_key}与现在的记录相同，无需修改</source>
        <translation>{fields_key} is the same as on record; nothing to change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业类别「{category}」不存在：可选 {join_category_names}</source>
        <translation>No practice category &quot;{category}&quot;: choose one of {join_category_names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原因列表「{name}」不存在</source>
        <translation>There is no reason list &quot;{name}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>行政区划代码应为6位数字：「{code}」</source>
        <translation>An area code has 6 digits: &quot;{code}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请输入完整姓名（至少{min_name_length}个字）</source>
        <translation>Enter the full name (at least {min_name_length} characters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>护士执业证书编号 {number} 已登记</source>
        <translation>Nurse practice certificate number {number} is already on file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业证书编号应为6至32位数字或大写字母：「{raw}」</source>
        <translation>A practice certificate number has 6 to 32 digits or capital letters: &quot;{raw}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别「{gender_text}」与身份证号不符（应为{rid_gender}）</source>
        <translation>The sex &quot;{gender_text}&quot; does not match the ID number (it should be {rid_gender})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业地点 {place} 不在本卫生健康委辖区内</source>
        <translation>The practice place {place} is outside this health commission&apos;s jurisdiction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册日期 {start} 晚于今天</source>
        <translation>The registration date {start} is after today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所在地区 {area} 不在本卫生健康委辖区内</source>
        <translation>The area {area} is outside this health commission&apos;s jurisdiction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件不存在：{path}</source>
        <translation>The file does not exist: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺少列：{join_missing}（第1行应为表头）</source>
        <translation>Missing columns: {join_missing} (line 1 must hold the column headers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件过大（超过 {limit} MB），请拆分后分批导入</source>
        <translation>The file is too large (over {limit} MB); split it and import the parts one by one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不支持的文件类型「{suffix}」：请使用 CSV 或 XLSX 文件</source>
        <translation>Unsupported file type &quot;{suffix}&quot;: use a CSV or XLSX file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{i}行不是字段表</source>
        <translation>Row {i} is not a table of fields</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发证日期 {day} 晚于今天</source>
        <translation>The date of issue {day} is after today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师（编号 {physician_id}）不存在</source>
        <translation>No such physician (no. {physician_id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法读取 Excel 文件：{exc}</source>
        <translation>The Excel file cannot be read: {exc}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{i}行不是字段表（应为 姓名、身份证号… 到值的映射）</source>
        <translation>Row {i} is not a table of fields (it should map name, ID number… to values)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件过大（超过 {max_import_bytes} MB），请拆分后分批导入</source>
        <translation>The file is too large (over {max_import_bytes} MB); split it and import the parts one after another</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册状态「{status}」不存在：可选 {join_status_labels}</source>
        <translation>No registration status &quot;{status}&quot;: choose one of {join_status_labels}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原因「{raw}」不在规定的列表中：可选 {options}</source>
        <translation>The reason &quot;{raw}&quot; is not in the prescribed list; choose from: {options}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}无效</source>
        <translation>{label} is not valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}无效：「{value}」</source>
        <translation>{label} is not valid: &quot;{value}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注不能超过{_note_max}个字符（当前{len_text}个）</source>
        <translation>The note may have at most {_note_max} characters (it has {len_text})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}不存在（编号 {value}）</source>
        <translation>No such {label} (no. {value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}「{inst_name}」已停用，不能办理业务</source>
        <translation>{label} &quot;{inst_name}&quot; is disabled and cannot do business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师不存在（编号 {pid}）</source>
        <translation>No such physician (no. {pid})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师记录 {pid} 已合并到记录 {phys_merged_into_id}，请在合并后的记录上办理</source>
        <translation>Physician record {pid} was merged into record {phys_merged_into_id}; work on the merged record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phys_name}没有医师资格记录：首次注册须有考试中心导入或窗口补录的医师资格</source>
        <translation>{phys_name} has no qualification on record: a first registration needs a qualification imported from the exam centre or entered at the counter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请的{wanted}与医师资格不符：{phys_name}的医师资格为{describe_qualifications_quals}</source>
        <translation>The {wanted} applied for does not match the qualification: {phys_name} is qualified as {describe_qualifications_quals}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phys_name}有多个类别的医师资格（{describe_qualifications_found}），请选择执业类别</source>
        <translation>{phys_name} is qualified in more than one category ({describe_qualifications_found}); choose the practice category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phys_name}尚未取得电子化注册识别码，不能办理「{label}」：须先经批准注册</source>
        <translation>{phys_name} has no electronic registration code yet and cannot apply for &quot;{label}&quot;: an approved registration comes first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phys_name}的注册状态为「{states}」，不能办理「{label}」</source>
        <translation>{phys_name}&apos;s registration is &quot;{states}&quot;; &quot;{label}&quot; cannot be applied for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phys_name}在多个省有注册，请选择要办理「{label}」的注册</source>
        <translation>{phys_name} is registered in more than one province; choose the registration for &quot;{label}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已有一件在办的「{label_kind}」案件 {other_number}（{status}），请勿重复申请</source>
        <translation>A &quot;{label_kind}&quot; case is already open: {other_number} ({status}); do not apply twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phys_name}在{province_name_province}已有有效注册（主要执业机构：{main}），同一省内只能有一个主要执业机构；更换主要执业机构须由原机构办理注册备案后重新注册</source>
        <translation>{phys_name} already has a valid registration in {province_name_province} (main institution: {main}); one province allows one main institution. To change it, the former institution files the registration first, then register again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phys_name}的注册级别为{reg_level}，不是执业助理医师，无需升级</source>
        <translation>{phys_name}&apos;s level is {reg_level}, not assistant physician; no upgrade is needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>助理医师升执业医师须执业类别相同：现注册类别为{reg_category}</source>
        <translation>An assistant becomes a licensed physician in the same category only: the registered category is {reg_category}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phys_name}没有{reg_category}类别的执业医师资格：升级须取得与现注册相同类别的执业医师资格</source>
        <translation>{phys_name} has no licensed physician qualification in {reg_category}: an upgrade needs the licensed physician qualification of the registered category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更执业类别须有{category}类别的{reg_level}资格</source>
        <translation>Changing the practice category needs a {reg_level} qualification in {category}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证件类型「{id_type}」无效：可选 {join_id_types_values}</source>
        <translation>Invalid ID type &quot;{id_type}&quot;: choose one of {join_id_types_values}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{id_types_id_type}号码不能为空</source>
        <translation>The {id_types_id_type} number must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{id_types_id_type}号码应为5至20位字母或数字</source>
        <translation>The {id_types_id_type} number must have 5 to 20 letters or digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证件号码 {ident_id_number} 已登记为「{phys_name}」，与填写的姓名「{ident_name}」不符</source>
        <translation>The ID number {ident_id_number} is on record as &quot;{phys_name}&quot;, which does not match the name entered, &quot;{ident_name}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ident_name}已有{level}（{category}）资格记录，无需再办理</source>
        <translation>{ident_name} already has a {level} ({category}) qualification on record; nothing to do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{label_kind}」没有「{key}」这一项：可填写 {names}</source>
        <translation>&quot;{label_kind}&quot; has no item &quot;{key}&quot;: the items are {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phys_name}的主要执业机构不是本机构，不能由本机构申请「{label}」</source>
        <translation>{phys_name}&apos;s main institution is not this institution, so this institution cannot apply for &quot;{label}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该医师已有一件在办的「{label_kind}」案件，请勿重复申请</source>
        <translation>This physician already has an open &quot;{label_kind}&quot; case; do not apply twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业地点应为「{reference_area_name_place}」：{qual_level}的执业地点为{where}</source>
        <translation>The place of practice must be &quot;{reference_area_name_place}&quot;: for a {qual_level} it is {where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业地点须为主要执业机构所在地「{reference_area_name_place}」；到其他地方执业须在当地机构重新注册</source>
        <translation>The place of practice must be where the main institution is, &quot;{reference_area_name_place}&quot;; to practise elsewhere, register again through an institution there</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phys_name}没有已备案的其他执业机构，无需取消多地点执业</source>
        <translation>{phys_name} has no other institution on file; there is no multi-site practice to cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{other_name}」不是{phys_name}已备案的执业机构</source>
        <translation>&quot;{other_name}&quot; is not an institution on file for {phys_name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{other_name}」是主要执业机构，不需要备案</source>
        <translation>&quot;{other_name}&quot; is the main institution and needs no filing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{other_name}」已经备案，不能重复备案</source>
        <translation>&quot;{other_name}&quot; is already on file and cannot be filed twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别与身份证号不符：身份证号显示为{rid_gender}</source>
        <translation>The sex does not match the ID number: the ID number says {rid_gender}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>港澳台医师的地区应为{join_hmt_origins}之一</source>
        <translation>A Hong Kong, Macao or Taiwan physician&apos;s region must be one of {join_hmt_origins}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师资格证书编码 {code} 已登记（{taken_name}）</source>
        <translation>The qualification certificate number {code} is already on record ({taken_name})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{inviting_name}」不具有独立法人资格，不能邀请外国医师来华短期行医</source>
        <translation>&quot;{inviting_name}&quot; is not an independent legal person and cannot invite foreign physicians for short-term practice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ident_name}已有 {held} 的短期行医许可，期限不能重叠</source>
        <translation>{ident_name} already holds a short-term practice permit for {held}; terms must not overlap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{label_kind}」按证件办理，不需要选择医师</source>
        <translation>&quot;{label_kind}&quot; is handled by ID document; no physician needs to be chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择{label}</source>
        <translation>Choose the {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业助理医师只能备案主要执业机构所在县（区）「{reference_area_name_county}」内的机构</source>
        <translation>An assistant physician can only file institutions in the county (district) of the main institution, &quot;{reference_area_name_county}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>多机构备案只能在注册所在省「{province_name_reg_province}」内；到外省执业须在当地注册</source>
        <translation>Additional institutions can only be filed within the province of registration, &quot;{province_name_reg_province}&quot;; to practise in another province, register there</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>业务类型「{kind}」无法办理</source>
        <translation>The case kind &quot;{kind}&quot; cannot be handled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名密钥已存在：{key_path}（如需更换，请先移走旧文件）</source>
        <translation>The signing key already exists: {key_path} (to replace it, move the old file away first)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法读取这个 PDF 文件：{exc}</source>
        <translation>This PDF file cannot be read: {exc}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电子邮箱格式不正确：「{raw}」，应形如 name@example.com</source>
        <translation>Not a valid e-mail address: &quot;{raw}&quot;; it should look like name@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师级别「{raw}」不存在：可选 {names}</source>
        <translation>There is no level &quot;{raw}&quot;; choose from: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}不是有效日期：「{raw}」，应为 YYYY-MM-DD</source>
        <translation>{label} is not a valid date: &quot;{raw}&quot;; write it as YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}「{raw}」不在规定的列表中：可选 {options}</source>
        <translation>{label} &quot;{raw}&quot; is not in the prescribed list; choose from: {options}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号应为18位，当前为{len_raw}位</source>
        <translation>The resident ID number must have 18 characters; it has {len_raw}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号含有非法字符「{bad}」：前17位只能是数字，最后一位是数字或 X</source>
        <translation>The resident ID number contains the invalid character &quot;{bad}&quot;: the first 17 must be digits, the last a digit or X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号中的出生日期无效：{birth} 晚于今天</source>
        <translation>The date of birth in the resident ID number is invalid: {birth} is after today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号校验位错误：应为 {expected}</source>
        <translation>Wrong check character in the ID number: it should be {expected}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名不能超过{name_max_length}个字符（当前{len_text}个）</source>
        <translation>The name may have at most {name_max_length} characters (it has {len_text})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名含有不允许的字符「{ch}」：只能使用汉字、间隔号“·”和英文字母（外籍人员可含空格）</source>
        <translation>The name contains the character &quot;{ch}&quot;, which is not allowed: use Chinese characters, the middle dot &quot;·&quot; and letters (foreign nationals may also use spaces)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}不能为空</source>
        <translation>{label} must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师资格证书编码应为27位，当前为{len_raw}位</source>
        <translation>The qualification certificate number must have 27 characters; it has {len_raw}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师执业证书编码应为15位数字，当前为{len_raw}位</source>
        <translation>The practice certificate number must have 15 digits; it has {len_raw}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>准考证号应为8至20位数字，当前为{len_raw}位</source>
        <translation>The exam admission number must have 8 to 20 digits; it has {len_raw}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记号应为5至30位，当前为{len_raw}位</source>
        <translation>The registration number must have 5 to 30 characters; it has {len_raw}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>行政区划代码应为6位数字：「{raw}」</source>
        <translation>An area code has 6 digits: &quot;{raw}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>行政区划代码「{raw}」的前两位不是有效的省级代码</source>
        <translation>The first two digits of the area code &quot;{raw}&quot; are not a valid province code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>短期行医仅限{allowed}类别，不能选择「{info_name}」</source>
        <translation>Short-term practice is limited to {allowed}; &quot;{info_name}&quot; cannot be chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期限不能超过{max_years}年：结束日期最迟为 {limit}</source>
        <translation>The term may not exceed {max_years} years: the end date is {limit} at the latest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>业务类型「{reference_kind_label_kind}」没有期限</source>
        <translation>The case kind &quot;{reference_kind_label_kind}&quot; has no term</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}不能超过{max_length}个字符（当前{len_text}个）</source>
        <translation>{label} may have at most {max_length} characters (it has {len_text})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}「{raw}」不在规定的列表中：可选 {join_options}</source>
        <translation>{label} &quot;{raw}&quot; is not in the prescribed list: choose one of {join_options}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户名应为3至32个字符，当前为{len_raw}个</source>
        <translation>The username must have 3 to 32 characters; it has {len_raw}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>至少需要{password_min_length}个字符（当前{len_pw}个）</source>
        <translation>at least {password_min_length} characters are needed (it has {len_pw})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不能超过{password_max_length}个字符</source>
        <translation>at most {password_max_length} characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>需包含小写字母、大写字母、数字、符号中的至少三类，缺少：{missing}</source>
        <translation>it needs at least three of lower-case letters, upper-case letters, digits and symbols; missing: {missing}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码强度不足：{join_problems}</source>
        <translation>The password is too weak: {join_problems}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号中的出生日期无效：{raw}</source>
        <translation>The date of birth in the resident ID number is invalid: {raw}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号显示年龄为{age}岁，未满{min_physician_age}岁，请核对身份证号</source>
        <translation>The ID number gives an age of {age}, under {min_physician_age}; check the ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号显示出生于{birth_year}年（{age}岁），不是在职医师的年龄，请核对身份证号</source>
        <translation>The resident ID number says born in {birth_year} ({age} years old), not the age of a working physician; check the ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{item}」不是{cat_name}类别的执业范围</source>
        <translation>&quot;{item}&quot; is not a scope of practice of {cat_name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业范围「{match_name}」重复</source>
        <translation>The scope of practice &quot;{match_name}&quot; is given twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只能有一个执业范围；第二个执业范围只能是可加注的范围（{cat_name}类别：{allowed}）</source>
        <translation>Only one scope of practice; a second one can only be an added scope ({cat_name}: {allowed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>真实有效的注册结果通知；{state}</source>
        <translation>A genuine registration notice; {state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不能确认为真实通知（{why}）；{state}</source>
        <translation>Not confirmed as a genuine notice ({why}); {state}</translation>
    </message>
</context>
<context>
    <name>reference</name>
    <message>
        <location line="-680"/>
        <source>执业医师</source>
        <translation>Practising physician</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业助理医师</source>
        <translation>Assistant physician</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>临床</source>
        <translation>Clinical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>临床类别</source>
        <translation>Clinical category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内科专业</source>
        <translation>Internal medicine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外科专业</source>
        <translation>Surgery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>妇产科专业</source>
        <translation>Obstetrics and gynaecology</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>儿科专业</source>
        <translation>Paediatrics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>眼耳鼻咽喉科专业</source>
        <translation>Ophthalmology and otorhinolaryngology</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>皮肤病与性病专业</source>
        <translation>Dermatology and venereology</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>精神卫生专业</source>
        <translation>Mental health</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职业病专业</source>
        <translation>Occupational diseases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医学影像和放射治疗专业</source>
        <translation>Medical imaging and radiotherapy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医学检验、病理专业</source>
        <translation>Laboratory medicine and pathology</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全科医学专业</source>
        <translation>General practice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>急救医学专业</source>
        <translation>Emergency medicine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>康复医学专业</source>
        <translation>Rehabilitation medicine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预防保健专业</source>
        <translation>Preventive care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>特种医学与军事医学专业</source>
        <translation>Special and military medicine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>计划生育技术服务专业</source>
        <translation>Family planning services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重症医学专业</source>
        <translation>Critical care medicine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中医</source>
        <translation>Traditional Chinese medicine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中医类别（含民族医、中西医结合）</source>
        <translation>Traditional Chinese medicine category (incl. ethnic medicine, integrated Chinese and Western medicine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中医专业</source>
        <translation>Traditional Chinese medicine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中西医结合专业</source>
        <translation>Integrated Chinese and Western medicine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>蒙医专业</source>
        <translation>Mongolian medicine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>藏医专业</source>
        <translation>Tibetan medicine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>维医专业</source>
        <translation>Uyghur medicine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>傣医专业</source>
        <translation>Dai medicine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>朝医专业</source>
        <translation>Korean-ethnic medicine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>壮医专业</source>
        <translation>Zhuang medicine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>哈萨克医专业</source>
        <translation>Kazakh medicine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>口腔</source>
        <translation>Dental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>口腔类别</source>
        <translation>Dental category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>口腔专业</source>
        <translation>Dentistry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公共卫生</source>
        <translation>Public health</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公共卫生类别</source>
        <translation>Public health category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公共卫生类别专业</source>
        <translation>Public health</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>须有医师资格记录（考试中心导入或补录）</source>
        <translation>Needs a qualification record (imported from the examination centre, or backfilled)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师执业注册申请审核表</source>
        <translation>Application and review form for physician practice registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>近6个月2寸白底免冠正面半身照片</source>
        <translation>Recent 2-inch white-background frontal half-length photo, bareheaded (taken within 6 months)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师资格证书原件及复印件</source>
        <translation>Physician qualification certificate, original and copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证明（居民身份证原件及复印件）</source>
        <translation>Proof of identity (resident ID card, original and copy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>聘用证明（拟执业机构出具）</source>
        <translation>Proof of employment (issued by the intended practice institution)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>省级以上卫生健康行政部门规定的其他材料</source>
        <translation>Other materials required by the provincial or higher health administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在省级以上卫生健康行政部门指定机构接受连续6个月以上培训（或考核）合格的证明</source>
        <translation>Proof of at least 6 months&apos; continuous training (or assessment) passed at an institution designated by the provincial or higher health administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取得医师资格后二年以上未注册，或中止医师执业活动二年以上</source>
        <translation>Not registered for two years or more after qualifying, or practice interrupted for two years or more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>助理医师升执业医师</source>
        <translation>Assistant to practising physician</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业类别相同且主要执业机构不变；批准后原助理医师注册自动失效</source>
        <translation>Same practice category and main institution; on approval the assistant physician registration lapses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业医师资格证书原件及复印件</source>
        <translation>Practising physician qualification certificate, original and copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原《医师执业证书》（执业助理医师）原件</source>
        <translation>Original Physician Practice Certificate (assistant physician)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主要执业机构出具的聘用证明</source>
        <translation>Proof of employment issued by the main practice institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>军队变更入地方</source>
        <translation>Military to civilian practice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>军队《医师执业证书》原件</source>
        <translation>Original military Physician Practice Certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>军队卫生部门出具的执业注册注销（转出）证明</source>
        <translation>Proof of deregistration (transfer out) issued by the military health department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退役、转业或调离军队的证明文件</source>
        <translation>Documents proving retirement, transfer or departure from the military</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地方变更到军队</source>
        <translation>Civilian to military practice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师变更执业注册申请审核表</source>
        <translation>Application and review form for a change of physician practice registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>《医师执业证书》原件</source>
        <translation>Original Physician Practice Certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调入军队或入伍的证明文件</source>
        <translation>Documents proving the transfer into or enlistment in the military</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>军队医疗机构出具的接收证明</source>
        <translation>Letter of acceptance from the military medical institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更执业地点、执业类别或执业范围；更换主要执业机构须重新注册</source>
        <translation>Change of practice place, category or scope; a new main institution needs a new registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>拟执业机构出具的聘用证明</source>
        <translation>Proof of employment issued by the intended practice institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更执业地点</source>
        <translation>When the practice place changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相应专业的培训和考核合格证明</source>
        <translation>Proof of passing the training and assessment of the specialty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更或加注执业范围</source>
        <translation>When the practice scope changes or a scope is added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相应类别的医师资格证书</source>
        <translation>Physician qualification certificate of the category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更执业类别</source>
        <translation>When the practice category changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注销</source>
        <translation>Deregistration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人申请注销</source>
        <translation>Deregistration at the physician&apos;s request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师注销注册申请表</source>
        <translation>Application form for deregistration of a physician</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人书面申请</source>
        <translation>The physician&apos;s written application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>多执业机构备案</source>
        <translation>Multi-site filing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备案一个其他执业机构；主要执业机构仍为注册机构</source>
        <translation>Files one other practice institution; the main institution stays the registering one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师多机构执业备案申请表</source>
        <translation>Application form for multi-site practice filing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>拟备案执业机构同意执业的证明（合作协议或聘用协议）</source>
        <translation>The filed institution&apos;s consent to the practice (cooperation or employment agreement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>《医师执业证书》原件及复印件</source>
        <translation>Physician Practice Certificate, original and copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>多执业机构取消备案</source>
        <translation>Cancel a multi-site filing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消一个已备案的其他执业机构</source>
        <translation>Cancels one filed other practice institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师多机构执业取消备案申请表</source>
        <translation>Application form to cancel a multi-site practice filing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与该备案机构解除执业关系的证明</source>
        <translation>Proof that the practice relationship with the filed institution has ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请取消“多地点执业”</source>
        <translation>Withdraw from multi-site practice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一次结束全部其他执业机构</source>
        <translation>Ends all other practice institutions at once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消多地点执业申请表</source>
        <translation>Application form to withdraw from multi-site practice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与各备案机构解除执业关系的证明</source>
        <translation>Proof that the practice relationships with all filed institutions have ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册备案</source>
        <translation>Departure filing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师进入非在册医师库；备案满二年未执业的予以注销</source>
        <translation>The physician moves to the non-practising pool; deregistered if not practising within two years of the filing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师执业注册备案表（医疗机构填报，加盖公章）</source>
        <translation>Physician practice registration filing form (completed and sealed by the medical institution)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调离、退休、退职、辞退或开除的证明文件</source>
        <translation>Documents proving the transfer, retirement, resignation, dismissal or expulsion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>能够收回时</source>
        <translation>When it can be recovered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>经办人身份证明及单位授权委托书</source>
        <translation>Proof of the delegate&apos;s identity and the institution&apos;s letter of authorisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注销注册</source>
        <translation>Deregistration by the institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自知道或者应当知道之日起30日内报告</source>
        <translation>Report within 30 days of knowing, or when one should have known</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师注销注册申请表（医疗机构填报，加盖公章）</source>
        <translation>Application form for deregistration of a physician (completed and sealed by the medical institution)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注销事由的证明材料（如死亡证明、判决书、行政处罚决定书）</source>
        <translation>Evidence of the ground for deregistration (e.g. death certificate, judgment, administrative penalty decision)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补录“老人”资格</source>
        <translation>Backfill of a legacy qualification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按旧规定取得、不在考试中心数据中的医师资格</source>
        <translation>A physician qualification obtained under earlier rules that is missing from the examination centre&apos;s data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师资格补录申请表</source>
        <translation>Application form for backfilling a physician qualification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原医师资格证书或资格认定批准文件（原件及复印件）</source>
        <translation>Original qualification certificate or qualification approval document (original and copy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人事档案中的资格认定材料（加盖档案管理部门公章）</source>
        <translation>Qualification records from the personnel file (sealed by the archive department)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>港澳台医师资格认定</source>
        <translation>Qualification recognition (Hong Kong, Macao, Taiwan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>港澳台医师内地医师资格认定申请表</source>
        <translation>Application form for mainland qualification recognition of physicians from Hong Kong, Macao and Taiwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>港澳居民来往内地通行证或台湾居民来往大陆通行证（原件及复印件）</source>
        <translation>Mainland travel permit for Hong Kong and Macao residents or for Taiwan residents (original and copy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医学专业学历证书（经公证）</source>
        <translation>Medical degree certificate (notarised)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>港澳台地区医师执业注册（执照）证明</source>
        <translation>Proof of practice registration (licence) in Hong Kong, Macao or Taiwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业经历证明</source>
        <translation>Proof of practice experience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>县级以上医疗机构出具的健康证明</source>
        <translation>Health certificate issued by a medical institution at county level or above</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>港澳台医师短期行医</source>
        <translation>Short-term practice (Hong Kong, Macao, Taiwan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期限最长3年，期满可申请延期；限临床、中医、口腔类别</source>
        <translation>At most 3 years, extendable at expiry; clinical, TCM and dental categories only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>港澳台医师在内地短期行医执业注册申请表</source>
        <translation>Application form for short-term practice registration on the mainland by physicians from Hong Kong, Macao and Taiwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>港澳台地区合法行医资格证明（经公证）</source>
        <translation>Proof of the right to practise medicine in Hong Kong, Macao or Taiwan (notarised)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内地聘用医疗机构的同意证明及合作协议</source>
        <translation>Consent and cooperation agreement of the employing mainland medical institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>近三个月内县级以上医疗机构出具的健康证明</source>
        <translation>Health certificate issued within the last three months by a medical institution at county level or above</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原《港澳台医师短期行医执业证书》</source>
        <translation>Original short-term practice certificate (Hong Kong, Macao, Taiwan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期满申请延期</source>
        <translation>When applying for an extension at expiry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外国医师短期行医</source>
        <translation>Short-term practice (foreign physicians)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期限最长1年，期满可申请延期；须由具有独立法人资格的中国医疗机构邀请；限临床、中医、口腔类别</source>
        <translation>At most 1 year, extendable at expiry; must be invited by a Chinese medical institution with independent legal personality; clinical, TCM and dental categories only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外国医师来华短期行医注册申请表</source>
        <translation>Application form for short-term practice registration of foreign physicians in China</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有效护照（原件及复印件）</source>
        <translation>Valid passport (original and copy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外国医师执业资格证明（经公证认证，附中文译本）</source>
        <translation>Proof of the foreign physician&apos;s licence to practise (notarised and authenticated, with a Chinese translation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>邀请或聘用单位（具有独立法人资格的中国医疗机构）的邀请函及合作协议</source>
        <translation>Letter of invitation and cooperation agreement of the inviting or employing unit (a Chinese medical institution with independent legal personality)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原《外国医师短期行医许可证》</source>
        <translation>Original short-term practice permit for foreign physicians</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口注册</source>
        <translation>Counter registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>卫健委窗口直接办理注册</source>
        <translation>Registration handled directly at the commission&apos;s counter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口变更</source>
        <translation>Counter change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>卫健委窗口直接办理变更</source>
        <translation>Change handled directly at the commission&apos;s counter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口注销</source>
        <translation>Counter deregistration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>卫健委窗口直接办理注销</source>
        <translation>Deregistration handled directly at the commission&apos;s counter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注销事由的证明材料（本人申请的，提交本人书面申请）</source>
        <translation>Evidence of the ground for deregistration (for the physician&apos;s own request: the written application)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请人或经办人身份证明</source>
        <translation>Proof of identity of the applicant or delegate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待机构确认</source>
        <translation>Awaiting institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待卫健委审核</source>
        <translation>Awaiting commission review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予注册</source>
        <translation>Registration refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退回补正</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调离</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退休</source>
        <translation>Retirement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退职</source>
        <translation>Resignation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被辞退</source>
        <translation>Dismissal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被开除</source>
        <translation>Expulsion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>死亡或者被宣告失踪</source>
        <translation>Death or declared missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受刑事处罚</source>
        <translation>Criminal penalty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受吊销《医师执业证书》行政处罚</source>
        <translation>Administrative penalty revoking the Physician Practice Certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师定期考核不合格，暂停执业活动期满再次考核仍不合格</source>
        <translation>Failed the periodic assessment again after the suspension period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>连续两个考核周期未参加医师定期考核</source>
        <translation>Missed the periodic assessment for two consecutive cycles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中止医师执业活动满二年</source>
        <translation>Practice interrupted for two years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身体健康状况不适宜继续执业</source>
        <translation>Health no longer fit to practise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出借、出租、抵押、转让、涂改《医师执业证书》</source>
        <translation>Lent, leased, pledged, transferred or altered the Physician Practice Certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在医师资格考试中参与有组织作弊</source>
        <translation>Took part in organised cheating in the physician qualification examination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人主动申请</source>
        <translation>At the physician&apos;s own request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国家卫生健康委规定不宜从事医疗、预防、保健业务的其他情形</source>
        <translation>Other circumstances in which the National Health Commission deems medical, preventive or health care work unsuitable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无民事行为能力或者限制民事行为能力</source>
        <translation>No or limited capacity for civil conduct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受刑事处罚，刑罚执行完毕不满二年或者被依法禁止从事医师职业的期限未满</source>
        <translation>Criminal penalty served less than two years ago, or a ban from practising medicine still in force</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被吊销医师执业证书不满二年</source>
        <translation>Physician Practice Certificate revoked less than two years ago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>因医师定期考核不合格被注销注册不满一年</source>
        <translation>Deregistered less than a year ago for failing the periodic assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法律、行政法规规定不得从事医疗卫生服务的其他情形</source>
        <translation>Other circumstances in which laws or administrative regulations bar health care work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>材料不全</source>
        <translation>Materials incomplete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>照片不合格</source>
        <translation>Photo not acceptable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>信息填写有误</source>
        <translation>Information entered incorrectly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>聘用证明缺失</source>
        <translation>Proof of employment missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全国</source>
        <translation>National</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>北京市</source>
        <translation>Beijing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>天津市</source>
        <translation>Tianjin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>河北省</source>
        <translation>Hebei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>山西省</source>
        <translation>Shanxi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内蒙古自治区</source>
        <translation>Inner Mongolia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>辽宁省</source>
        <translation>Liaoning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>吉林省</source>
        <translation>Jilin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>黑龙江省</source>
        <translation>Heilongjiang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上海市</source>
        <translation>Shanghai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>江苏省</source>
        <translation>Jiangsu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>浙江省</source>
        <translation>Zhejiang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>安徽省</source>
        <translation>Anhui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>福建省</source>
        <translation>Fujian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>江西省</source>
        <translation>Jiangxi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>山东省</source>
        <translation>Shandong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>河南省</source>
        <translation>Henan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>湖北省</source>
        <translation>Hubei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>湖南省</source>
        <translation>Hunan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省</source>
        <translation>Guangdong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广西壮族自治区</source>
        <translation>Guangxi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>海南省</source>
        <translation>Hainan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重庆市</source>
        <translation>Chongqing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>四川省</source>
        <translation>Sichuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>贵州省</source>
        <translation>Guizhou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>云南省</source>
        <translation>Yunnan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>西藏自治区</source>
        <translation>Tibet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>陕西省</source>
        <translation>Shaanxi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>甘肃省</source>
        <translation>Gansu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>青海省</source>
        <translation>Qinghai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>宁夏回族自治区</source>
        <translation>Ningxia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新疆维吾尔自治区</source>
        <translation>Xinjiang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>台湾省</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>香港特别行政区</source>
        <translation>Hong Kong SAR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>澳门特别行政区</source>
        <translation>Macao SAR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>东城区</source>
        <translation>Dongcheng District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>北京市东城区</source>
        <translation>Dongcheng District, Beijing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>西城区</source>
        <translation>Xicheng District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>北京市西城区</source>
        <translation>Xicheng District, Beijing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>朝阳区</source>
        <translation>Chaoyang District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>北京市朝阳区</source>
        <translation>Chaoyang District, Beijing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>海淀区</source>
        <translation>Haidian District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>北京市海淀区</source>
        <translation>Haidian District, Beijing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广州市</source>
        <translation>Guangzhou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省广州市</source>
        <translation>Guangzhou, Guangdong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>荔湾区</source>
        <translation>Liwan District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省广州市荔湾区</source>
        <translation>Liwan District, Guangzhou, Guangdong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>越秀区</source>
        <translation>Yuexiu District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省广州市越秀区</source>
        <translation>Yuexiu District, Guangzhou, Guangdong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>海珠区</source>
        <translation>Haizhu District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省广州市海珠区</source>
        <translation>Haizhu District, Guangzhou, Guangdong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>天河区</source>
        <translation>Tianhe District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省广州市天河区</source>
        <translation>Tianhe District, Guangzhou, Guangdong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>白云区</source>
        <translation>Baiyun District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省广州市白云区</source>
        <translation>Baiyun District, Guangzhou, Guangdong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>深圳市</source>
        <translation>Shenzhen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省深圳市</source>
        <translation>Shenzhen, Guangdong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>罗湖区</source>
        <translation>Luohu District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省深圳市罗湖区</source>
        <translation>Luohu District, Shenzhen, Guangdong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>福田区</source>
        <translation>Futian District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省深圳市福田区</source>
        <translation>Futian District, Shenzhen, Guangdong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>南山区</source>
        <translation>Nanshan District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省深圳市南山区</source>
        <translation>Nanshan District, Shenzhen, Guangdong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>佛山市</source>
        <translation>Foshan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省佛山市</source>
        <translation>Foshan, Guangdong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>禅城区</source>
        <translation>Chancheng District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省佛山市禅城区</source>
        <translation>Chancheng District, Foshan, Guangdong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业机构</source>
        <translation>Practice institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>邀请机构</source>
        <translation>Inviting institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册记录</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业类别</source>
        <translation>Practice category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业范围</source>
        <translation>Practice scope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业地点</source>
        <translation>Practice place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生效日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期限开始日期</source>
        <translation>Term starts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期限结束日期</source>
        <translation>Term ends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国籍或地区</source>
        <translation>Nationality or region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师资格证书编码</source>
        <translation>Qualification certificate code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资格取得日期</source>
        <translation>Qualified on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>港澳台居民往来通行证</source>
        <translation>Travel permit for Hong Kong, Macao and Taiwan residents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>护照</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>香港</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>澳门</source>
        <translation>Macao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>台湾</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存草稿</source>
        <translation>Draft saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提交申请</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机构申请</source>
        <translation>Applied by institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口受理</source>
        <translation>Accepted at the counter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改申请内容</source>
        <translation>Application changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新提交</source>
        <translation>Resubmitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机构确认</source>
        <translation>Confirmed by institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予批准</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>认领</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>释放认领</source>
        <translation>Claim released</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记纸质材料</source>
        <translation>Paper materials recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>准予注册</source>
        <translation>Registration approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纸质材料清单</source>
        <translation>Paper materials checklist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册结果通知</source>
        <translation>Registration notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师</source>
        <translation>Physician</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医疗机构</source>
        <translation>Medical institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>卫生健康委</source>
        <translation>Health commission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已注册</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>非在册（已备案）</source>
        <translation>Not practising (filed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已注销</source>
        <translation>Deregistered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未注册</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有效</source>
        <translation>In force</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主执业</source>
        <translation>Main institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>多机构备案</source>
        <translation>Multi-site filing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请中</source>
        <translation>Applying</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考试中心导入</source>
        <translation>Examination centre import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补录</source>
        <translation>Backfilled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>港澳台资格认定</source>
        <translation>Hong Kong/Macao/Taiwan recognition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口录入</source>
        <translation>Counter entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>准考证号</source>
        <translation>Exam ticket number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发证日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>《医疗机构执业许可证》正本及复印件</source>
        <translation>Medical Institution Practice Licence, original and copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>授权委托书</source>
        <translation>Letter of authorisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被委托人身份证</source>
        <translation>ID card of the authorised person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>毕业院校</source>
        <translation>School graduated from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>任职资格</source>
        <translation>Professional title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>科室</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待审核</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已同意</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未同意</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已被新申请替代</source>
        <translation>Replaced by a newer request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业证书编号</source>
        <translation>Practice certificate no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业机构登记号</source>
        <translation>Institution registration no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发证机关</source>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册日期</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机构名称</source>
        <translation>Institution name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记号</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主要负责人</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>诊疗科目</source>
        <translation>Medical subjects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所在地区</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审批机关</source>
        <translation>Approving authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业许可证有效期限</source>
        <translation>Licence valid until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本机没有可用的系统密码库（钥匙串），无法记住用户名和密码；下次登录请重新输入</source>
        <translation>This computer has no system keychain, so the username and password cannot be remembered; enter them again at the next sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小写字母</source>
        <translation>lower-case letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大写字母</source>
        <translation>upper-case letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数字</source>
        <translation>digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>符号</source>
        <translation>symbols</translation>
    </message>
</context>
</TS>
