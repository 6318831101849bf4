<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../../main.py" line="+87"/>
        <source>数据库地址格式不正确：{url}</source>
        <translation>数据库地址格式不正确：{url}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>未安装 PostgreSQL 驱动（psycopg）。请运行：pip install &quot;regdesk[postgres]&quot;</source>
        <translation>未安装 PostgreSQL 驱动（psycopg）。请运行：pip install &quot;regdesk[postgres]&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据库服务器要求密码：{where}</source>
        <translation>数据库服务器要求密码：{where}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../views/settings_dialog.py" line="+79"/>
        <source>服务器上没有这个数据库：{where}。请确认数据库名，或请管理员先创建它。</source>
        <translation>服务器上没有这个数据库：{where}。请确认数据库名，或请管理员先创建它。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>无法连接数据库服务器 {where}。请检查网络，并确认服务器已启动；如问题持续，请联系管理员。</source>
        <translation>无法连接数据库服务器 {where}。请检查网络，并确认服务器已启动；如问题持续，请联系管理员。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>无法打开数据库文件（{where}）：请检查路径是否存在、是否有读写权限。</source>
        <translation>无法打开数据库文件（{where}）：请检查路径是否存在、是否有读写权限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>无法打开数据库 {where}：{error}</source>
        <translation>无法打开数据库 {where}：{error}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>这个版本还没有演示数据（app.services.demo）。</source>
        <translation>这个版本还没有演示数据（app.services.demo）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>演示数据只能填入空数据库：{where} 中已有账户。</source>
        <translation>演示数据只能填入空数据库：{where} 中已有账户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>生成演示数据失败：{error}
详情见日志文件 {log}</source>
        <translation>生成演示数据失败：{error}
详情见日志文件 {log}</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+226"/>
        <location filename="../../views/login.py" line="+28"/>
        <location filename="../../views/main_window.py" line="+14"/>
        <source>医师电子化注册系统</source>
        <translation>医师电子化注册系统</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>正在打开数据库…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>正在填入演示数据，约需半分钟…</source>
        <translation>正在填入演示数据，约需半分钟…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>演示账户（角色 / 用户名 / 密码）：</source>
        <translation>演示账户（角色 / 用户名 / 密码）：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>密码不正确，请重新输入。</source>
        <translation>密码不正确，请重新输入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>数据库密码</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>密码将保存在系统钥匙串中，不会写入任何文件。</source>
        <translation>密码将保存在系统钥匙串中，不会写入任何文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>没有输入数据库密码，无法打开数据库。</source>
        <translation>没有输入数据库密码，无法打开数据库。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>这台电脑没有可用的系统钥匙串，密码无法保存：本次运行有效，下次启动需要再次输入。</source>
        <translation>这台电脑没有可用的系统钥匙串，密码无法保存：本次运行有效，下次启动需要再次输入。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>无法打开数据库</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/login.py" line="+85"/>
        <source>设置…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../views/application_dialog.py" line="+49"/>
        <location filename="../../views/pickers.py" line="+35"/>
        <source>（不加注）</source>
        <translation>（不加注）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>在主要执业机构申请执业注册。提交后由该机构确认，再由卫生健康委审核，批准后发放电子化注册识别码。</source>
        <extracomment>One line under the kind: what the application is for.</extracomment>
        <translation>在主要执业机构申请执业注册。提交后由该机构确认，再由卫生健康委审核，批准后发放电子化注册识别码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取得同类别执业医师资格后，在原主要执业机构申请由执业助理医师升为执业医师。</source>
        <translation>取得同类别执业医师资格后，在原主要执业机构申请由执业助理医师升为执业医师。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>由军队转到地方医疗机构执业，按注册办理。</source>
        <translation>由军队转到地方医疗机构执业，按注册办理。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>由地方转到军队执业，原注册在批准后终止。</source>
        <translation>由地方转到军队执业，原注册在批准后终止。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更执业类别、执业范围或执业地点。更换主要执业机构不能申请变更，须重新注册。</source>
        <translation>变更执业类别、执业范围或执业地点。更换主要执业机构不能申请变更，须重新注册。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人申请注销执业注册，批准后注册及其备案的其他执业机构一并终止。</source>
        <translation>本人申请注销执业注册，批准后注册及其备案的其他执业机构一并终止。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在注册所在省内增加一个其他执业机构（执业助理医师限主要执业机构所在县区）。</source>
        <translation>在注册所在省内增加一个其他执业机构（执业助理医师限主要执业机构所在县区）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消一个已备案的其他执业机构。</source>
        <translation>取消一个已备案的其他执业机构。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消多地点执业：所有已备案的其他执业机构一并取消。</source>
        <translation>取消多地点执业：所有已备案的其他执业机构一并取消。</translation>
    </message>
    <message>
        <location filename="../../views/filing_dialogs.py" line="+44"/>
        <location filename="../../views/pickers.py" line="+7"/>
        <source>（无识别码）</source>
        <translation>（无识别码）</translation>
    </message>
    <message>
        <location filename="../../views/pickers.py" line="+46"/>
        <source>输入机构名称或拼音首字母查找，例如“广州市第一”或“gzsd”</source>
        <translation>输入机构名称或拼音首字母查找，例如“广州市第一”或“gzsd”</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{name}（{area}）</source>
        <translation>{name}（{area}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>没有找到匹配的医疗机构</source>
        <translation>没有找到匹配的医疗机构</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>未选择（可不填）</source>
        <translation>未选择（可不填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚未选择机构：请在上面的列表中点选</source>
        <translation>尚未选择机构：请在上面的列表中点选</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（{area}）</source>
        <translation>（{area}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已选择：{name}{where}</source>
        <translation>已选择：{name}{where}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>加注（可选）：</source>
        <translation>加注（可选）：</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>（没有可办理的注册）</source>
        <translation>（没有可办理的注册）</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>请选择执业范围…</source>
        <translation>请选择执业范围…</translation>
    </message>
    <message>
        <location filename="../../views/application_dialog.py" line="+66"/>
        <location filename="../../views/counter_wizard.py" line="+288"/>
        <source>备注：</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>需要说明的情况（可不填）</source>
        <translation>需要说明的情况（可不填）</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../views/counter_wizard.py" line="+207"/>
        <location line="+38"/>
        <location filename="../../views/filing_dialogs.py" line="+32"/>
        <source>注册记录：</source>
        <translation>注册记录：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>您尚未取得电子化注册识别码（或注册已不在有效状态），不能办理「{kind}」：须先经批准注册。</source>
        <translation>您尚未取得电子化注册识别码（或注册已不在有效状态），不能办理「{kind}」：须先经批准注册。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>医师资格：</source>
        <translation>医师资格：</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+134"/>
        <location filename="../../views/counter_wizard.py" line="-76"/>
        <source>主要执业机构：</source>
        <translation>主要执业机构：</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>一个省内只能有一个主要执业机构；在其他机构执业请在注册后办理多机构备案。</source>
        <translation>一个省内只能有一个主要执业机构；在其他机构执业请在注册后办理多机构备案。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/counter_wizard.py" line="-141"/>
        <location line="+29"/>
        <location line="+114"/>
        <source>医师级别：</source>
        <translation>医师级别：</translation>
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
        <translation>执业类别：</translation>
    </message>
    <message>
        <location line="-132"/>
        <location line="+87"/>
        <location line="+46"/>
        <location filename="../../views/counter_wizard.py" line="-122"/>
        <location line="+87"/>
        <location line="+36"/>
        <source>执业范围：</source>
        <translation>执业范围：</translation>
    </message>
    <message>
        <location line="-132"/>
        <location line="+133"/>
        <source>执业地点：</source>
        <translation>执业地点：</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>{level}（{category}）</source>
        <translation>{level}（{category}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../views/commission.py" line="+641"/>
        <source>无</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>由主要执业机构所在地确定（执业医师为所在省，执业助理医师为所在县区）</source>
        <translation>由主要执业机构所在地确定（执业医师为所在省，执业助理医师为所在县区）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>您没有医师资格记录：注册须有考试中心导入或卫生健康委窗口补录的医师资格。</source>
        <translation>您没有医师资格记录：注册须有考试中心导入或卫生健康委窗口补录的医师资格。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>执业类别与机构：</source>
        <translation>执业类别与机构：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{category}类别，主要执业机构：{inst}（升级后不变）</source>
        <translation>{category}类别，主要执业机构：{inst}（升级后不变）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>您没有执业助理医师的有效注册，无需申请升级。</source>
        <translation>您没有执业助理医师的有效注册，无需申请升级。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>升级须取得与现注册相同类别（{category}）的执业医师资格，您的资格记录中没有。</source>
        <translation>升级须取得与现注册相同类别（{category}）的执业医师资格，您的资格记录中没有。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>变更不能更换主要执业机构：更换机构须由原机构办理注册备案后重新注册。</source>
        <translation>变更不能更换主要执业机构：更换机构须由原机构办理注册备案后重新注册。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{place}（随主要执业机构所在地，{level}）</source>
        <translation>{place}（随主要执业机构所在地，{level}）</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../views/counter_wizard.py" line="+39"/>
        <source>注销原因：</source>
        <translation>注销原因：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>生效日期：</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+30"/>
        <location line="+61"/>
        <location line="+33"/>
        <source>指定日期（不指定则自批准之日起）</source>
        <translation>指定日期（不指定则自批准之日起）</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>备案机构：</source>
        <translation>备案机构：</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../views/counter_wizard.py" line="-245"/>
        <source>开始日期：</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>执业助理医师只能备案主要执业机构所在县（区）「{area}」内的机构。</source>
        <translation>执业助理医师只能备案主要执业机构所在县（区）「{area}」内的机构。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>只能备案注册所在省「{area}」内的机构；到外省执业须在当地注册。</source>
        <translation>只能备案注册所在省「{area}」内的机构；到外省执业须在当地注册。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>「{name}」是主要执业机构，不需要备案</source>
        <translation>「{name}」是主要执业机构，不需要备案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>「{name}」已经备案，不能重复备案</source>
        <translation>「{name}」已经备案，不能重复备案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>执业助理医师只能备案主要执业机构所在县（区）「{area}」内的机构</source>
        <translation>执业助理医师只能备案主要执业机构所在县（区）「{area}」内的机构</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>多机构备案只能在注册所在省「{area}」内；到外省执业须在当地注册</source>
        <translation>多机构备案只能在注册所在省「{area}」内；到外省执业须在当地注册</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>取消备案的机构：</source>
        <translation>取消备案的机构：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>取消日期：</source>
        <translation>取消日期：</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>{name}（{start} 起）</source>
        <translation>{name}（{start} 起）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>您没有已备案的其他执业机构，无需取消备案。</source>
        <translation>您没有已备案的其他执业机构，无需取消备案。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>将取消的机构：</source>
        <translation>将取消的机构：</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../views/case_view.py" line="+455"/>
        <location filename="../../views/filing_dialogs.py" line="+44"/>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>您没有已备案的其他执业机构，无需取消多地点执业。</source>
        <translation>您没有已备案的其他执业机构，无需取消多地点执业。</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>新建申请</source>
        <translation>新建申请</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>修改草稿</source>
        <translation>修改草稿</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>修改后重新提交</source>
        <translation>修改后重新提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/physician.py" line="+71"/>
        <source>提交申请</source>
        <extracomment>The steps a physician&apos;s application goes through, and where each status stands.</extracomment>
        <translation>提交申请</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>重新提交</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../../views/queue.py" line="+141"/>
        <source>业务类型：</source>
        <translation>业务类型：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>保存草稿</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>保存修改</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>正在读取您的医师资格和注册记录…</source>
        <translation>正在读取您的医师资格和注册记录…</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+5"/>
        <source>申请 {n} 已提交，等待执业机构确认</source>
        <translation>申请 {n} 已提交，等待执业机构确认</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>申请 {n} 已重新提交，等待执业机构确认</source>
        <translation>申请 {n} 已重新提交，等待执业机构确认</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>草稿 {n} 已保存</source>
        <translation>草稿 {n} 已保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>申请 {n} 的修改已保存</source>
        <translation>申请 {n} 的修改已保存</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>撤回申请 — {n}</source>
        <translation>撤回申请 — {n}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>撤回申请</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>撤回「{kind}」申请 {n}（{status}）？撤回后不再办理；如需办理请重新申请。</source>
        <translation>撤回「{kind}」申请 {n}（{status}）？撤回后不再办理；如需办理请重新申请。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>撤回原因：</source>
        <translation>撤回原因：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>可不填</source>
        <translation>可不填</translation>
    </message>
    <message>
        <location filename="../../views/case_dialog.py" line="+57"/>
        <source>准予注册</source>
        <extracomment>Renew the claim this often while the dialog is open (claims last 30 minutes).</extracomment>
        <translation>准予注册</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>不予注册</source>
        <translation>不予注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批准</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>驳回</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>请选择原因…</source>
        <translation>请选择原因…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../views/profile_changes.py" line="+184"/>
        <source>原因：</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>具体说明（选择“其他”时必填，最多500字），将告知申请人</source>
        <translation>具体说明（选择“其他”时必填，最多500字），将告知申请人</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../views/inbox.py" line="+270"/>
        <source>说明：</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>请选择原因</source>
        <translation>请选择原因</translation>
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
        <translation>电子化注册识别码</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>打印注册结果通知(&amp;P)…</source>
        <translation>打印注册结果通知(&amp;P)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>医师执业证书编码：{n}</source>
        <translation>医师执业证书编码：{n}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>案件办理</source>
        <translation>案件办理</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>认领(&amp;C)</source>
        <translation>认领(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>释放(&amp;L)</source>
        <translation>释放(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印材料清单(&amp;M)…</source>
        <translation>打印材料清单(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印记录(&amp;H)…</source>
        <translation>打印记录(&amp;H)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退回补正(&amp;T)…</source>
        <translation>退回补正(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不予注册(&amp;R)…</source>
        <translation>不予注册(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>准予注册(&amp;A)</source>
        <translation>准予注册(&amp;A)</translation>
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
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../views/case_dialog.py" line="+65"/>
        <source>案件办理 — {number} {kind} {name}</source>
        <translation>案件办理 — {number} {kind} {name}</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>您已认领本案件，其他工作人员暂不能办理（认领有效至 {until}，窗口打开期间自动续期；关闭窗口即释放）</source>
        <translation>您已认领本案件，其他工作人员暂不能办理（认领有效至 {until}，窗口打开期间自动续期；关闭窗口即释放）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} 正在办理本案件（认领至 {until}），您只能查看。</source>
        <translation>{name} 正在办理本案件（认领至 {until}），您只能查看。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>本案件未被认领，点击“认领”后即可办理。</source>
        <translation>本案件未被认领，点击“认领”后即可办理。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>本案件当前状态为“{status}”，卫生健康委不能办理。</source>
        <translation>本案件当前状态为“{status}”，卫生健康委不能办理。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（{org}）</source>
        <translation>（{org}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>本案件当前状态为“{status}”：{who}{org} 于 {at} {action}</source>
        <translation>本案件当前状态为“{status}”：{who}{org} 于 {at} {action}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>，原因：{reason}</source>
        <translation>，原因：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（{note}）</source>
        <translation>（{note}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>。</source>
        <translation>。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>窗口业务须收齐纸质材料后才能{approve}，尚缺：{items}</source>
        <translation>窗口业务须收齐纸质材料后才能{approve}，尚缺：{items}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>以下必交纸质材料尚未勾选收到：
{items}

仍要{approve}吗？（办理记录将注明纸质材料未齐）</source>
        <translation>以下必交纸质材料尚未勾选收到：
{items}

仍要{approve}吗？（办理记录将注明纸质材料未齐）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>案件 {number}（{name}）将{refuse}，原因和说明会告知申请人。</source>
        <translation>案件 {number}（{name}）将{refuse}，原因和说明会告知申请人。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <location filename="../../views/inbox.py" line="-43"/>
        <source>退回补正</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件 {number}（{name}）将退回申请人补正，办理期限暂停计算，重新提交后继续。</source>
        <translation>案件 {number}（{name}）将退回申请人补正，办理期限暂停计算，重新提交后继续。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>已办理：{status}</source>
        <translation>已办理：{status}</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="+44"/>
        <source>注册结果通知 — {n} {name}</source>
        <translation>注册结果通知 — {n} {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>材料清单</source>
        <translation>材料清单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>注册结果通知</source>
        <translation>注册结果通知</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>已打印</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已保存 PDF</source>
        <translation>已保存 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补打（第 {n} 份）</source>
        <translation>补打（第 {n} 份）</translation>
    </message>
    <message>
        <location filename="../../views/backoffice.py" line="-102"/>
        <location filename="../../views/printing.py" line="+0"/>
        <source>第 {n} 份</source>
        <translation>第 {n} 份</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="+1"/>
        <source>{what}，{copy}，已记入打印记录</source>
        <translation>{what}，{copy}，已记入打印记录</translation>
    </message>
    <message>
        <location filename="../../views/case_view.py" line="-345"/>
        <source>（暂定）</source>
        <extracomment>The order details are shown in (keys not listed come after, in the case&apos;s order). Keys of the details the services keep for themselves. Statuses in which a case still waits for someone (its deadline, materials and claim still matter).</extracomment>
        <translation>（暂定）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  已逾期</source>
        <translation>  已逾期</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>机构（编号 {n}）</source>
        <translation>机构（编号 {n}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>注册记录（编号 {n}）</source>
        <translation>注册记录（编号 {n}）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>否</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办理人</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>身份</source>
        <translation>身份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>操作</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态变化</source>
        <translation>状态变化</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../views/filing_dialogs.py" line="-6"/>
        <location filename="../../views/registry_import.py" line="-79"/>
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../views/backoffice.py" line="-29"/>
        <location line="+37"/>
        <location filename="../../views/case_view.py" line="+1"/>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../views/case_view.py" line="+51"/>
        <source>申请人：</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/counter_wizard.py" line="-29"/>
        <location filename="../../views/physician_detail.py" line="-396"/>
        <source>证件号码：</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/counter_wizard.py" line="+125"/>
        <location line="+36"/>
        <source>执业机构：</source>
        <translation>执业机构：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理日期：</source>
        <translation>受理日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理期限：</source>
        <translation>办理期限：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提交时间：</source>
        <translation>提交时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结时间：</source>
        <translation>办结时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册编码：</source>
        <translation>注册编码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>认领人：</source>
        <translation>认领人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业证书编码：</source>
        <translation>执业证书编码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最后修改：</source>
        <translation>最后修改：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>申请内容</source>
        <translation>申请内容</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>纸质材料</source>
        <translation>纸质材料</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>必交材料全部收到</source>
        <translation>必交材料全部收到</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>办理记录</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>期限暂定：节假日安排未公布，公布后自动重算</source>
        <extracomment>The most height the details and the materials claim before they scroll (office screens: 768 px).</extracomment>
        <translation>期限暂定：节假日安排未公布，公布后自动重算</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}（认领至 {until}）</source>
        <translation>{name}（认领至 {until}）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{label}：</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>收到：{m}</source>
        <translation>收到：{m}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消勾选：{m}</source>
        <translation>取消勾选：{m}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../views/i18n.py" line="+77"/>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>（{c}）</source>
        <translation>（{c}）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>（如有）</source>
        <translation>（如有）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} 于 {at} 登记收到</source>
        <translation>{who} 于 {at} 登记收到</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>尚未收到</source>
        <translation>尚未收到</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>本业务无纸质材料</source>
        <translation>本业务无纸质材料</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>必交材料尚缺 {n} 项</source>
        <translation>必交材料尚缺 {n} 项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>必交材料已齐</source>
        <translation>必交材料已齐</translation>
    </message>
    <message>
        <location filename="../../views/commission.py" line="-604"/>
        <location line="+593"/>
        <source>未开通</source>
        <translation>未开通</translation>
    </message>
    <message>
        <location line="-591"/>
        <source>已停用</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>待首次登录改密</source>
        <translation>待首次登录改密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正常</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../views/public_register.py" line="-216"/>
        <source>机构名称</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/public_register.py" line="+5"/>
        <source>登记号</source>
        <translation>登记号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所在地区</source>
        <translation>所在地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户名</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>账户状态</source>
        <translation>账户状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开通日期</source>
        <translation>开通日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业许可证有效期至</source>
        <translation>执业许可证有效期至</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/public_register.py" line="-2"/>
        <source>法定代表人</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/public_register.py" line="+1"/>
        <source>主要负责人</source>
        <translation>主要负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/public_register.py" line="-3"/>
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+78"/>
        <source>医疗机构账户</source>
        <translation>医疗机构账户</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>机构名称、登记号或拼音首字母</source>
        <translation>机构名称、登记号或拼音首字母</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../views/public_register.py" line="+37"/>
        <source>家机构</source>
        <translation>家机构</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../views/institution.py" line="+28"/>
        <location filename="../../views/physician.py" line="-102"/>
        <source>业务(&amp;B)</source>
        <extracomment>the pause between the steps of building the window (a real timer: posted events, input and painting run between the steps)</extracomment>
        <translation>业务(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新建机构账户(&amp;N)…</source>
        <translation>新建机构账户(&amp;N)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>新建卫生健康委工作人员账户(&amp;S)…</source>
        <translation>新建卫生健康委工作人员账户(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>备份数据库(&amp;B)…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>重置机构账户密码(&amp;R)…</source>
        <translation>重置机构账户密码(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+207"/>
        <source>停用机构账户(&amp;D)…</source>
        <translation>停用机构账户(&amp;D)…</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>导入考试中心医师资格名单(&amp;E)…</source>
        <translation>导入考试中心医师资格名单(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导入护士注册、医疗机构执业许可名册(&amp;M)…</source>
        <translation>导入护士注册、医疗机构执业许可名册(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工作日历(&amp;K)…</source>
        <translation>工作日历(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口业务(&amp;W)</source>
        <translation>窗口业务(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/queue.py" line="-6"/>
        <source>窗口受理(&amp;W)…</source>
        <translation>窗口受理(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理选中的案件(&amp;O)</source>
        <translation>办理选中的案件(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>找回医师用户名(&amp;U)…</source>
        <translation>找回医师用户名(&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>审批队列(&amp;Q)</source>
        <translation>审批队列(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>逾期案件(&amp;D)</source>
        <translation>逾期案件(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>医疗机构账户(&amp;I)</source>
        <translation>医疗机构账户(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../views/institution.py" line="+12"/>
        <location filename="../../views/physician.py" line="+13"/>
        <source>查询(&amp;Q)</source>
        <translation>查询(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/counter_wizard.py" line="-322"/>
        <source>查找(&amp;F)</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/institution.py" line="+5"/>
        <location filename="../../views/physician.py" line="+1"/>
        <source>刷新(&amp;R)</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../views/queue.py" line="-36"/>
        <source>审批队列</source>
        <translation>审批队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>逾期</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>逾期（{n}）</source>
        <translation>逾期（{n}）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>已扫描案件编号 {number}，正在打开…</source>
        <translation>已扫描案件编号 {number}，正在打开…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>未找到案件 {number}（或不属于本委管辖）</source>
        <translation>未找到案件 {number}（或不属于本委管辖）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已扫码打开案件 {number}</source>
        <translation>已扫码打开案件 {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>案件 {number} 已办结，电子化注册识别码 {code}</source>
        <translation>案件 {number} 已办结，电子化注册识别码 {code}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>案件 {number}：{status}</source>
        <translation>案件 {number}：{status}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已受理：{number} {kind} {name}</source>
        <translation>已受理：{number} {kind} {name}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>启用机构账户(&amp;D)…</source>
        <translation>启用机构账户(&amp;D)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>查看机构信息…</source>
        <translation>查看机构信息…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>已开通机构账户：{name}（{user}）</source>
        <translation>已开通机构账户：{name}（{user}）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已开通工作人员账户：{name}（{user}）</source>
        <translation>已开通工作人员账户：{name}（{user}）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>备份数据库</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>数据库备份 (*.backup);;所有文件 (*)</source>
        <translation>数据库备份 (*.backup);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>正在备份数据库…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已备份到 {file}（{size:.1f} MB）</source>
        <translation>已备份到 {file}（{size:.1f} MB）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>重置机构账户密码</source>
        <translation>重置机构账户密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>为“{name}”（用户名 {user}）生成新的随机密码？

新密码将以短信发送到经办人 {delegate} 的手机 {phone}，该账户已登录的电脑会被退出，下次登录须修改密码。</source>
        <translation>为“{name}”（用户名 {user}）生成新的随机密码？

新密码将以短信发送到经办人 {delegate} 的手机 {phone}，该账户已登录的电脑会被退出，下次登录须修改密码。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>已重置“{name}”的密码</source>
        <translation>已重置“{name}”的密码</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>停用“{name}”的机构账户（{user}）？停用后该机构不能登录，已登录的电脑会被退出。</source>
        <translation>停用“{name}”的机构账户（{user}）？停用后该机构不能登录，已登录的电脑会被退出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新启用“{name}”的机构账户（{user}）？</source>
        <translation>重新启用“{name}”的机构账户（{user}）？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机构账户</source>
        <translation>机构账户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已停用“{name}”的账户</source>
        <translation>已停用“{name}”的账户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已启用“{name}”的账户</source>
        <translation>已启用“{name}”的账户</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>新建机构账户</source>
        <translation>新建机构账户</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+72"/>
        <source>开通账户</source>
        <translation>开通账户</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>核验经办人带来的材料并逐项勾选，再填写机构信息。开通后，用户名和初始密码以短信发送到经办人手机。</source>
        <translation>核验经办人带来的材料并逐项勾选，再填写机构信息。开通后，用户名和初始密码以短信发送到经办人手机。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已核验材料</source>
        <translation>已核验材料</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+151"/>
        <location filename="../../views/institution.py" line="+12"/>
        <location filename="../../views/public_register.py" line="-2"/>
        <source>机构名称：</source>
        <translation>机构名称：</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+128"/>
        <location line="+22"/>
        <location filename="../../views/institution.py" line="+0"/>
        <location filename="../../views/public_register.py" line="+1"/>
        <source>登记号：</source>
        <translation>登记号：</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>执业许可证上的登记号</source>
        <translation>执业许可证上的登记号</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+149"/>
        <location filename="../../views/institution.py" line="+2"/>
        <source>所在地区：</source>
        <translation>所在地区：</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+149"/>
        <location filename="../../views/institution.py" line="+0"/>
        <location filename="../../views/settings_dialog.py" line="+49"/>
        <source>地址：</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+148"/>
        <source>法定代表人：</source>
        <translation>法定代表人：</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+148"/>
        <source>主要负责人：</source>
        <translation>主要负责人：</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>诊疗科目，用顿号或换行分隔，如：内科、外科、妇产科</source>
        <translation>诊疗科目，用顿号或换行分隔，如：内科、外科、妇产科</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+144"/>
        <source>诊疗科目：</source>
        <translation>诊疗科目：</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>许可证有效期：</source>
        <translation>许可证有效期：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>有效期至</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>经办人姓名：</source>
        <translation>经办人姓名：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>经办人手机：</source>
        <translation>经办人手机：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>11位手机号，接收账户短信</source>
        <translation>11位手机号，接收账户短信</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>新建卫生健康委工作人员账户</source>
        <translation>新建卫生健康委工作人员账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>初始密码只显示一次，请当面交给本人；首次登录须修改密码。</source>
        <translation>初始密码只显示一次，请当面交给本人；首次登录须修改密码。</translation>
    </message>
    <message>
        <location filename="../../views/backoffice.py" line="-104"/>
        <source>星期一</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期二</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期三</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期四</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期五</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期六</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期日</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>找回医师用户名</source>
        <translation>找回医师用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请核验本人身份证件后输入身份证号和姓名。用户名只显示部分字符，请告知本人；每次查询都记入审计日志。</source>
        <translation>请核验本人身份证件后输入身份证号和姓名。用户名只显示部分字符，请告知本人；每次查询都记入审计日志。</translation>
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
        <translation>姓名：</translation>
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
        <translation>用户名：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>为保护个人信息，只显示用户名的部分字符</source>
        <translation>为保护个人信息，只显示用户名的部分字符</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>打印时间</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>文书</source>
        <translation>文书</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>份次</source>
        <translation>份次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>打印人</source>
        <translation>打印人</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>打印记录：{number}</source>
        <translation>打印记录：{number}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>（补打）</source>
        <translation>（补打）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>共打印 {n} 次</source>
        <translation>共打印 {n} 次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>本案件尚未打印过文书</source>
        <translation>本案件尚未打印过文书</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期</source>
        <translation>星期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>安排</source>
        <translation>安排</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>元旦</source>
        <translation>元旦</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>春节</source>
        <translation>春节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>清明节</source>
        <translation>清明节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>劳动节</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>端午节</source>
        <translation>端午节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>国庆节</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中秋节</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>抗战胜利70周年纪念日</source>
        <translation>抗战胜利70周年纪念日</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>工作日历</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>办理期限（20个工作日）按此日历计算：本委录入的日期优先，其次为国务院公布的节假日和调休安排；两者都没有的年份按周一至周五计算，期限标为“暂定”，录入后自动重算。</source>
        <translation>办理期限（20个工作日）按此日历计算：本委录入的日期优先，其次为国务院公布的节假日和调休安排；两者都没有的年份按周一至周五计算，期限标为“暂定”，录入后自动重算。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>年份：</source>
        <translation>年份：</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+53"/>
        <source>休息日</source>
        <translation>休息日</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>工作日（调休上班）</source>
        <translation>工作日（调休上班）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>说明，如：春节</source>
        <translation>说明，如：春节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存本委安排</source>
        <translation>保存本委安排</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除选中的本委安排</source>
        <translation>删除选中的本委安排</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>只有本委管理员可以修改工作日历。</source>
        <translation>只有本委管理员可以修改工作日历。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>调休上班</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>放假</source>
        <translation>放假</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>国务院公布</source>
        <translation>国务院公布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工作日</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本委录入</source>
        <translation>本委录入</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{year}年：已有节假日安排，办理期限按此计算。</source>
        <translation>{year}年：已有节假日安排，办理期限按此计算。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{year}年的节假日安排尚未公布或录入：落在本年的办理期限按周一至周五计算，标为“暂定”。请在国务院公布安排后录入本年的放假和调休上班日期。</source>
        <translation>{year}年的节假日安排尚未公布或录入：落在本年的办理期限按周一至周五计算，标为“暂定”。请在国务院公布安排后录入本年的放假和调休上班日期。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>请先选中一条本委录入的安排（加粗显示）</source>
        <translation>请先选中一条本委录入的安排（加粗显示）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>正在保存…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已保存 {day}；重新计算了 {n} 件待办案件的办理期限。</source>
        <translation>已保存 {day}；重新计算了 {n} 件待办案件的办理期限。</translation>
    </message>
    <message>
        <location filename="../../views/commission.py" line="-98"/>
        <location filename="../../views/login.py" line="+0"/>
        <location filename="../../views/physician.py" line="+0"/>
        <source>英文字母、数字，3至32位</source>
        <translation>英文字母、数字，3至32位</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/login.py" line="+2"/>
        <source>管辖区域：</source>
        <translation>管辖区域：</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../views/physician.py" line="-420"/>
        <location line="+417"/>
        <location filename="../../views/physician_detail.py" line="+1"/>
        <source>手机：</source>
        <translation>手机：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>管理员（可开通本委工作人员账户）</source>
        <translation>管理员（可开通本委工作人员账户）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>初始密码：</source>
        <translation>初始密码：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>复制用户名和密码</source>
        <translation>复制用户名和密码</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>用户名和{what}已通过短信发送到经办人 {delegate} 的手机 {phone}。密码只在此显示这一次；机构首次登录时须修改密码。</source>
        <translation>用户名和{what}已通过短信发送到经办人 {delegate} 的手机 {phone}。密码只在此显示这一次；机构首次登录时须修改密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新密码</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>初始密码</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>机构账户密码已重置</source>
        <translation>机构账户密码已重置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>机构账户已开通</source>
        <translation>机构账户已开通</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机构：</source>
        <translation>机构：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>密码只在此显示这一次，请当面交给本人；首次登录时须修改密码。</source>
        <translation>密码只在此显示这一次，请当面交给本人；首次登录时须修改密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作人员账户已开通</source>
        <translation>工作人员账户已开通</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../views/institution.py" line="-1"/>
        <source>执业许可证有效期至：</source>
        <translation>执业许可证有效期至：</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../views/institution.py" line="+80"/>
        <source>未填写</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/institution.py" line="-78"/>
        <source>审批机关：</source>
        <translation>审批机关：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>经办人：</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已核验材料：</source>
        <translation>已核验材料：</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../views/physician.py" line="-418"/>
        <source>账户状态：</source>
        <translation>账户状态：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开通日期：</source>
        <translation>开通日期：</translation>
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
        <translation>请选择…</translation>
    </message>
    <message>
        <location line="-437"/>
        <source>身份证号（也可输入姓名或拼音首字母）</source>
        <translation>身份证号（也可输入姓名或拼音首字母）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>请输入身份证号后按回车查找</source>
        <translation>请输入身份证号后按回车查找</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>正在查找…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>本辖区医师名册中没有找到“{q}”</source>
        <translation>本辖区医师名册中没有找到“{q}”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}（{gender}）</source>
        <translation>{name}（{gender}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>注册编码 {code}</source>
        <translation>注册编码 {code}</translation>
    </message>
    <message>
        <location filename="../../views/pickers.py" line="+67"/>
        <location line="+19"/>
        <source>（先查找医师）</source>
        <translation>（先查找医师）</translation>
    </message>
    <message>
        <location filename="../../views/backoffice.py" line="-187"/>
        <location filename="../../views/institution.py" line="+2"/>
        <location filename="../../views/physician_detail.py" line="+31"/>
        <location filename="../../views/pickers.py" line="+3"/>
        <source>正在读取…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../views/counter_wizard.py" line="+329"/>
        <location filename="../../views/pickers.py" line="-93"/>
        <source>（不变更）</source>
        <translation>（不变更）</translation>
    </message>
    <message>
        <location filename="../../views/pickers.py" line="+2"/>
        <source>（先选执业类别）</source>
        <translation>（先选执业类别）</translation>
    </message>
    <message>
        <location filename="../../views/counter_wizard.py" line="-290"/>
        <source>（按身份证号）</source>
        <translation>（按身份证号）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>男</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>女</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>备注（可不填，最多500字）</source>
        <translation>备注（可不填，最多500字）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>证件类型：</source>
        <translation>证件类型：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/physician.py" line="+380"/>
        <source>号码：</source>
        <translation>号码：</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../views/physician.py" line="-379"/>
        <location filename="../../views/physician_detail.py" line="-32"/>
        <source>性别：</source>
        <translation>性别：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>居民身份证可不选，按号码识别</source>
        <translation>居民身份证可不选，按号码识别</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../views/physician_detail.py" line="+1"/>
        <source>出生日期：</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+79"/>
        <source>填写</source>
        <translation>填写</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>结束日期：</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最长{n}年</source>
        <translation>最长{n}年</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../views/filing_dialogs.py" line="-7"/>
        <location filename="../../views/physician_detail.py" line="+354"/>
        <location line="+29"/>
        <source>医师：</source>
        <translation>医师：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请先按身份证号查找并选择医师</source>
        <translation>请先按身份证号查找并选择医师</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+35"/>
        <source>资格证书编码：</source>
        <translation>资格证书编码：</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>医师资格证书上的编码</source>
        <translation>医师资格证书上的编码</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>资格取得日期：</source>
        <translation>资格取得日期：</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+42"/>
        <source>地区：</source>
        <translation>地区：</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>已有编码时填写</source>
        <translation>已有编码时填写</translation>
    </message>
    <message>
        <location line="+67"/>
        <location filename="../../views/physician_detail.py" line="-383"/>
        <source>国籍：</source>
        <translation>国籍：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>如：英国</source>
        <translation>如：英国</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>邀请机构：</source>
        <translation>邀请机构：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>须为具有独立法人资格的医疗机构</source>
        <translation>须为具有独立法人资格的医疗机构</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>不填则在邀请机构执业</source>
        <translation>不填则在邀请机构执业</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+1"/>
        <source>（按医师资格）</source>
        <translation>（按医师资格）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>执业地点按主要执业机构所在地确定</source>
        <translation>执业地点按主要执业机构所在地确定</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>注销日期：</source>
        <translation>注销日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定日期</source>
        <translation>指定日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不指定则为批准当日</source>
        <translation>不指定则为批准当日</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>窗口受理</source>
        <translation>窗口受理</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>当面核验申请人的证件和纸质材料后，选择业务类型并填写。受理后案件进入审批队列（待卫健委审核），办理期限自今日起计算。</source>
        <translation>当面核验申请人的证件和纸质材料后，选择业务类型并填写。受理后案件进入审批队列（待卫健委审核），办理期限自今日起计算。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>受理(&amp;S)</source>
        <translation>受理(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../views/export.py" line="+79"/>
        <location filename="../../views/forms.py" line="+161"/>
        <location filename="../../views/settings_dialog.py" line="+68"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../views/filing_dialogs.py" line="-38"/>
        <source>{what}尚未到来；应于 {due} 前报送</source>
        <translation>{what}尚未到来；应于 {due} 前报送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>应于 {due} 前报送，还剩 {n} 天</source>
        <translation>应于 {due} 前报送，还剩 {n} 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>今天（{due}）是报送的最后一天</source>
        <translation>今天（{due}）是报送的最后一天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已超过30日报送期限 {n} 天（应于 {due} 前报送），请尽快报送</source>
        <translation>已超过30日报送期限 {n} 天（应于 {due} 前报送），请尽快报送</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>报送卫生健康委</source>
        <translation>报送卫生健康委</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../views/physician_detail.py" line="+354"/>
        <location line="+29"/>
        <source>{name}（{id_number}）</source>
        <translation>{name}（{id_number}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>正在读取注册记录…</source>
        <translation>正在读取注册记录…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>该医师没有以本机构为主要执业机构的有效注册，不能办理此业务</source>
        <translation>该医师没有以本机构为主要执业机构的有效注册，不能办理此业务</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>（无法读取）</source>
        <translation>（无法读取）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>请选择注册记录</source>
        <translation>请选择注册记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请选择{what}</source>
        <translation>请选择{what}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>备案原因：</source>
        <translation>备案原因：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离岗日期：</source>
        <translation>离岗日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师调离、退休、退职、被辞退或被开除之日；须自该日起30日内报送</source>
        <translation>医师调离、退休、退职、被辞退或被开除之日；须自该日起30日内报送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离岗日期</source>
        <translation>离岗日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+62"/>
        <source>注册备案</source>
        <translation>注册备案</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>医师离开本机构时，本机构应在30日内申请注册备案。卫生健康委批准后，该医师转入非在册医师库；备案满2年未再注册执业的，注册将被注销。</source>
        <translation>医师离开本机构时，本机构应在30日内申请注册备案。卫生健康委批准后，该医师转入非在册医师库；备案满2年未再注册执业的，注册将被注销。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>注销事由：</source>
        <translation>注销事由：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>知悉日期：</source>
        <translation>知悉日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本机构知悉注销事由之日；须自该日起30日内报送，批准后注册自该日起注销</source>
        <translation>本机构知悉注销事由之日；须自该日起30日内报送，批准后注册自该日起注销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>知悉日期</source>
        <translation>知悉日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+41"/>
        <source>注销注册</source>
        <translation>注销注册</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>医师有“注销事由”所列情形之一的，本机构应自知悉之日起30日内申请注销注册。卫生健康委批准后注册即注销。</source>
        <translation>医师有“注销事由”所列情形之一的，本机构应自知悉之日起30日内申请注销注册。卫生健康委批准后注册即注销。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../views/inbox.py" line="+49"/>
        <location filename="../../views/physician.py" line="-305"/>
        <location filename="../../views/physician_detail.py" line="-379"/>
        <source>业务编号</source>
        <translation>业务编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/inbox.py" line="+1"/>
        <location filename="../../views/physician.py" line="+1"/>
        <location filename="../../views/physician_detail.py" line="+0"/>
        <source>业务</source>
        <translation>业务</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/login.py" line="-240"/>
        <location filename="../../views/main_window.py" line="+1"/>
        <location filename="../../views/public_register.py" line="-4"/>
        <source>医师</source>
        <translation>医师</translation>
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
        <translation>身份证号</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/inbox.py" line="-1"/>
        <location filename="../../views/physician.py" line="-368"/>
        <location filename="../../views/profile_changes.py" line="+1"/>
        <location line="+11"/>
        <source>提交时间</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/physician.py" line="+1"/>
        <location filename="../../views/physician_detail.py" line="-69"/>
        <location filename="../../views/queue.py" line="-1"/>
        <source>办理期限</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/physician.py" line="+1"/>
        <source>办结时间</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>本机构申请的业务（注册备案、注销注册）</source>
        <extracomment>(kind filter, label): the institution&apos;s own applications, or every case of the institution</extracomment>
        <translation>本机构申请的业务（注册备案、注销注册）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全部业务（含医师申请）</source>
        <translation>全部业务（含医师申请）</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../views/inbox.py" line="+26"/>
        <source>业务编号、身份证号或姓名</source>
        <translation>业务编号、身份证号或姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/inbox.py" line="+0"/>
        <location filename="../../views/queue.py" line="+54"/>
        <source>件</source>
        <translation>件</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../views/queue.py" line="+13"/>
        <location filename="../../views/roster_view.py" line="-17"/>
        <location line="+52"/>
        <source>全部状态</source>
        <extracomment>(service value, label) of the registration-status filter; None = every status</extracomment>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>业务：</source>
        <translation>业务：</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../views/queue.py" line="+23"/>
        <location filename="../../views/roster_view.py" line="+6"/>
        <source>状态：</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>查看案件…</source>
        <translation>查看案件…</translation>
    </message>
    <message>
        <location filename="../../views/forms.py" line="-157"/>
        <source>全国（国家卫生健康委）</source>
        <translation>全国（国家卫生健康委）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>省份…</source>
        <translation>省份…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>（全省）</source>
        <translation>（全省）</translation>
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
        <translation>（全市）</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>确定</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../views/i18n.py" line="-30"/>
        <location line="+32"/>
        <location line="+44"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>桌面服务器</source>
        <translation>桌面服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/profile_changes.py" line="+37"/>
        <location line="+196"/>
        <source>：</source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="-23"/>
        <source>材料清单 — {n} {name}</source>
        <translation>材料清单 — {n} {name}</translation>
    </message>
    <message>
        <location filename="../../views/inbox.py" line="-239"/>
        <location filename="../../views/physician.py" line="+343"/>
        <source>打印材料清单…</source>
        <translation>打印材料清单…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印本案件须交卫生健康委的纸质材料清单（含案件编号条码）</source>
        <translation>打印本案件须交卫生健康委的纸质材料清单（含案件编号条码）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>请在上方列表中选择一个案件</source>
        <translation>请在上方列表中选择一个案件</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>案件详情</source>
        <translation>案件详情</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>案件 {n} — {k}</source>
        <translation>案件 {n} — {k}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>退回</source>
        <translation>退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>将 {name} 的「{kind}」申请（{number}）退回本人补正。原因和说明会记入办理记录，医师本人可以看到。</source>
        <translation>将 {name} 的「{kind}」申请（{number}）退回本人补正。原因和说明会记入办理记录，医师本人可以看到。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>退回原因：</source>
        <translation>退回原因：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请写明需要补正的内容，如：照片背景不是白色，请重新上传</source>
        <translation>请写明需要补正的内容，如：照片背景不是白色，请重新上传</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>请选择退回原因</source>
        <translation>请选择退回原因</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../../views/queue.py" line="-94"/>
        <source>申请人</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>医师提交、等待本机构确认的申请</source>
        <translation>医师提交、等待本机构确认的申请</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>确认并报送卫生健康委</source>
        <translation>确认并报送卫生健康委</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>确认申请内容属实（Ctrl+Enter）：案件转卫生健康委审核</source>
        <translation>确认申请内容属实（Ctrl+Enter）：案件转卫生健康委审核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退回补正…</source>
        <translation>退回补正…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>医师档案…</source>
        <translation>医师档案…</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>已确认 {name} 的「{kind}」（{number}），已报送卫生健康委审核；办理期限 {deadline}</source>
        <translation>已确认 {name} 的「{kind}」（{number}），已报送卫生健康委审核；办理期限 {deadline}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>待定</source>
        <translation>待定</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>已将 {name} 的「{kind}」（{number}）退回补正</source>
        <translation>已将 {name} 的「{kind}」（{number}）退回补正</translation>
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
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-13"/>
        <location filename="../../views/public_register.py" line="-10"/>
        <location line="+11"/>
        <location filename="../../views/roster_view.py" line="-106"/>
        <source>性别</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>与本机构关系</source>
        <translation>与本机构关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册状态</source>
        <translation>注册状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/physician.py" line="+20"/>
        <location line="+3"/>
        <location filename="../../views/physician_detail.py" line="+60"/>
        <location filename="../../views/public_register.py" line="-10"/>
        <source>医师级别</source>
        <translation>医师级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/physician.py" line="-3"/>
        <location line="+3"/>
        <location filename="../../views/physician_detail.py" line="+0"/>
        <location filename="../../views/public_register.py" line="+1"/>
        <source>执业类别</source>
        <translation>执业类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/physician.py" line="+0"/>
        <location filename="../../views/physician_detail.py" line="+5"/>
        <location filename="../../views/public_register.py" line="+4"/>
        <location filename="../../views/roster_view.py" line="+4"/>
        <source>执业范围</source>
        <translation>执业范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../views/physician.py" line="-378"/>
        <location line="+375"/>
        <location filename="../../views/physician_detail.py" line="-5"/>
        <source>医师资格证书编码</source>
        <extracomment>(service keyword, label, hint) of the three ways to activate an account</extracomment>
        <translation>医师资格证书编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/physician_detail.py" line="+6"/>
        <location filename="../../views/roster_view.py" line="+2"/>
        <location line="+104"/>
        <source>执业证书编码</source>
        <translation>执业证书编码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>个人账户</source>
        <translation>个人账户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>尚未注册账户</source>
        <translation>尚未注册账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>激活码发放日期</source>
        <translation>激活码发放日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>激活码有效期至</source>
        <translation>激活码有效期至</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../views/main_window.py" line="+0"/>
        <location filename="../../views/public_register.py" line="+47"/>
        <source>医疗机构</source>
        <extracomment>Feed tables whose changes concern a physician&apos;s record (the roster and open records refresh).</extracomment>
        <translation>医疗机构</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>查看医师档案(&amp;O)…</source>
        <translation>查看医师档案(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>注册备案(&amp;B)…</source>
        <translation>注册备案(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>注销注册(&amp;D)…</source>
        <translation>注销注册(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>发放激活码(&amp;A)…</source>
        <translation>发放激活码(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出主执业/多机构备案名单(&amp;X)…</source>
        <translation>导出主执业/多机构备案名单(&amp;X)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>查找医师(&amp;F)</source>
        <translation>查找医师(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待确认申请(&amp;I)</source>
        <translation>待确认申请(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个人信息变更审核(&amp;P)</source>
        <translation>个人信息变更审核(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>本机构</source>
        <translation>本机构</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+32"/>
        <source>本机构医师</source>
        <translation>本机构医师</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+26"/>
        <location line="+52"/>
        <source>待确认申请</source>
        <translation>待确认申请</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+22"/>
        <location line="+56"/>
        <source>个人信息变更审核</source>
        <translation>个人信息变更审核</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+20"/>
        <source>本机构已提交的业务</source>
        <translation>本机构已提交的业务</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>非在册医师库</source>
        <translation>非在册医师库</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>在本机构注册、尚未激活个人账户的医师</source>
        <translation>在本机构注册、尚未激活个人账户的医师</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../views/public_register.py" line="-6"/>
        <location filename="../../views/roster_view.py" line="-74"/>
        <location line="+94"/>
        <source>位医师</source>
        <translation>位医师</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>发放激活码…</source>
        <translation>发放激活码…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>待激活医师</source>
        <translation>待激活医师</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出主执业/多机构备案名单…</source>
        <translation>导出主执业/多机构备案名单…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>待确认申请（{n}）</source>
        <translation>待确认申请（{n}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>个人信息变更审核（{n}）</source>
        <translation>个人信息变更审核（{n}）</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+17"/>
        <source>请先在“本机构医师”中选择一位医师</source>
        <translation>请先在“本机构医师”中选择一位医师</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已报送卫生健康委：{kind}（{number}），{name}</source>
        <translation>已报送卫生健康委：{kind}（{number}），{name}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>请先在“待激活医师”中选择一位医师</source>
        <translation>请先在“待激活医师”中选择一位医师</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>发放激活码</source>
        <translation>发放激活码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已于 {date} 为{name}发放过激活码。重新发放后，之前的激活码作废。继续吗？</source>
        <translation>已于 {date} 为{name}发放过激活码。重新发放后，之前的激活码作废。继续吗？</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已为{name}发放激活码</source>
        <translation>已为{name}发放激活码</translation>
    </message>
    <message>
        <location filename="../../views/login.py" line="+0"/>
        <source>卫生健康委（管理员）</source>
        <extracomment>the roles app/services/demo.py names its logins with (shown in the demo drop-down)</extracomment>
        <translation>卫生健康委（管理员）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>卫生健康委（窗口）</source>
        <translation>卫生健康委（窗口）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>医疗机构（人事科）</source>
        <translation>医疗机构（人事科）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>登录</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>选择一个演示账户…</source>
        <translation>选择一个演示账户…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>演示账户：</source>
        <translation>演示账户：</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+185"/>
        <location filename="../../views/physician.py" line="+357"/>
        <location filename="../../views/settings_dialog.py" line="-58"/>
        <source>密码：</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>记住用户名</source>
        <translation>记住用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记住密码</source>
        <translation>记住密码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>医师注册…</source>
        <translation>医师注册…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>医师本人用真实姓名和身份证号注册个人账户</source>
        <translation>医师本人用真实姓名和身份证号注册个人账户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>公众查询…</source>
        <translation>公众查询…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>不用登录：查询公示的医师、护士和医疗机构</source>
        <translation>不用登录：查询公示的医师、护士和医疗机构</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>数据库或服务器地址、界面语言、自动锁定时间</source>
        <translation>数据库或服务器地址、界面语言、自动锁定时间</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>这个数据库还没有任何账户。</source>
        <translation>这个数据库还没有任何账户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>首次使用：创建卫生健康委管理员…</source>
        <translation>首次使用：创建卫生健康委管理员…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../views/main_window.py" line="+38"/>
        <source>数据库：</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>新的数据库地址已保存：请退出并重新启动程序，之后使用新的数据库。</source>
        <translation>新的数据库地址已保存：请退出并重新启动程序，之后使用新的数据库。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>医师账户 {user} 已注册。请输入密码登录，登录后激活账户。</source>
        <translation>医师账户 {user} 已注册。请输入密码登录，登录后激活账户。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>已创建管理员账户 {name}，并已登录</source>
        <translation>已创建管理员账户 {name}，并已登录</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>首次使用：创建卫生健康委管理员</source>
        <translation>首次使用：创建卫生健康委管理员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>创建并登录</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个数据库还没有任何账户。请创建第一个卫生健康委管理员账户：它负责创建医疗机构账户和本委其他工作人员的账户。</source>
        <translation>这个数据库还没有任何账户。请创建第一个卫生健康委管理员账户：它负责创建医疗机构账户和本委其他工作人员的账户。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>例如：张卫国</source>
        <translation>例如：张卫国</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../views/physician.py" line="+1"/>
        <source>再次输入密码：</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../views/physician.py" line="+5"/>
        <source>两次输入的密码不一致</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>请选择管辖区域（省份）</source>
        <translation>请选择管辖区域（省份）</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="-38"/>
        <source>卫生健康委</source>
        <translation>卫生健康委</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>文件(&amp;F)</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改密码(&amp;P)…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>设置(&amp;S)…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退出登录(&amp;L)</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出(&amp;X)</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>帮助(&amp;H)</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户手册(&amp;U)</source>
        <translation>用户手册(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>公众查询(&amp;P)…</source>
        <translation>公众查询(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>关于(&amp;A)</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>经办人</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/password.py" line="+30"/>
        <source>用户：</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>账户：{username}</source>
        <translation>账户：{username}</translation>
    </message>
    <message>
        <location filename="../../views/idle_lock.py" line="+110"/>
        <source>窗口已锁定</source>
        <extracomment>How often the lock looks at the time since the last input.</extracomment>
        <translation>窗口已锁定</translation>
    </message>
    <message>
        <location filename="../../views/password.py" line="-2"/>
        <source>{name}（{username}）</source>
        <translation>{name}（{username}）</translation>
    </message>
    <message>
        <location filename="../../views/idle_lock.py" line="+7"/>
        <source>{minutes} 分钟内没有操作，为保护数据窗口已锁定。
请 {who} 输入密码继续。</source>
        <translation>{minutes} 分钟内没有操作，为保护数据窗口已锁定。
请 {who} 输入密码继续。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>密码</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>解锁</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="+22"/>
        <source>密码已修改</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>设置已保存。新的数据库地址和界面语言在下次启动时生效。</source>
        <translation>设置已保存。新的数据库地址和界面语言在下次启动时生效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>设置已保存。</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>关于</source>
        <translation>关于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}

医师、医疗机构与卫生健康委的电子化注册工作台。
数据库：{db}</source>
        <translation>{title}

医师、医疗机构与卫生健康委的电子化注册工作台。
数据库：{db}</translation>
    </message>
    <message>
        <location filename="../../views/paged.py" line="+249"/>
        <source>条</source>
        <extracomment>how many rows (from the top) a column is fitted to: the whole first page (200 rows, every cell painted through data() and the delegate) held the GUI thread ~300 ms on a loaded machine at 1,000,000 physicians fetch(cursor, limit) -&gt; a service Page. The cursor is None for the first page, then the page&apos;s ``next_after`` (keyset=True) or, for services paged by offset, the number of rows loaded so far.</extracomment>
        <translation>条</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>查找：</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location line="+69"/>
        <location filename="../../views/physician.py" line="-558"/>
        <location filename="../../views/public_register.py" line="+103"/>
        <source>正在查询…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>共 {n} {unit}</source>
        <translation>共 {n} {unit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（已显示 {k}，向下滚动显示更多）</source>
        <translation>（已显示 {k}，向下滚动显示更多）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>；点列标题的排序只排已显示的行</source>
        <translation>；点列标题的排序只排已显示的行</translation>
    </message>
    <message>
        <location filename="../../views/password.py" line="-16"/>
        <source>至少8个字符，包含小写字母、大写字母、数字、符号中的至少三类</source>
        <translation>至少8个字符，包含小写字母、大写字母、数字、符号中的至少三类</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>这是您第一次登录，或密码已由管理员重置：请先设置您自己的新密码，之后才能使用系统。</source>
        <translation>这是您第一次登录，或密码已由管理员重置：请先设置您自己的新密码，之后才能使用系统。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改密码</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>原密码：</source>
        <translation>原密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新密码：</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>再次输入新密码：</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <location filename="../../views/idle_lock.py" line="+3"/>
        <location filename="../../views/password.py" line="+2"/>
        <source>退出登录</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../views/password.py" line="+5"/>
        <source>两次输入的新密码不一致</source>
        <translation>两次输入的新密码不一致</translation>
    </message>
    <message>
        <location filename="../../views/physician.py" line="-180"/>
        <source>医师资格证书上的27位编码</source>
        <translation>医师资格证书上的27位编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+374"/>
        <location filename="../../views/physician_detail.py" line="-6"/>
        <source>准考证号</source>
        <translation>准考证号</translation>
    </message>
    <message>
        <location line="-374"/>
        <source>尚未取得医师资格证书时，填写医师资格考试准考证号</source>
        <translation>尚未取得医师资格证书时，填写医师资格考试准考证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/physician_detail.py" line="+312"/>
        <source>激活码</source>
        <translation>激活码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已注册的医师：向主要执业机构索取的10位激活码</source>
        <translation>已注册的医师：向主要执业机构索取的10位激活码</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+62"/>
        <location filename="../../views/physician_detail.py" line="-373"/>
        <location filename="../../views/public_register.py" line="-145"/>
        <source>执业机构</source>
        <translation>执业机构</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>机构确认</source>
        <translation>机构确认</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>卫健委审核</source>
        <translation>卫健委审核</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办结</source>
        <translation>办结</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>已退回补正。</source>
        <translation>已退回补正。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，</source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <location line="+4"/>
        <source>：{note}</source>
        <translation>：{note}</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>已退回补正（{who}）。退回原因：{reason}。</source>
        <translation>已退回补正（{who}）。退回原因：{reason}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>草稿，尚未提交：点“编辑草稿…”补全后提交。</source>
        <translation>草稿，尚未提交：点“编辑草稿…”补全后提交。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已提交，等待{inst}确认。</source>
        <translation>已提交，等待{inst}确认。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{inst}已确认，等待卫生健康委审核，办理期限 {deadline}。</source>
        <translation>{inst}已确认，等待卫生健康委审核，办理期限 {deadline}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（计算中）</source>
        <translation>（计算中）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请点“修改后重新提交…”，改正后再提交。</source>
        <translation>请点“修改后重新提交…”，改正后再提交。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已批准（{at}）。已发放电子化注册识别码，可打印注册结果通知。</source>
        <translation>已批准（{at}）。已发放电子化注册识别码，可打印注册结果通知。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已批准（{at}）。</source>
        <translation>已批准（{at}）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label}（{at}）。原因：{reason}</source>
        <translation>{label}（{at}）。原因：{reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已撤回{note}。如需办理请重新申请。</source>
        <translation>已撤回{note}。如需办理请重新申请。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>在左边的列表中选择一件申请，查看办理进度；点“新建申请…”办理新的业务。</source>
        <translation>在左边的列表中选择一件申请，查看办理进度；点“新建申请…”办理新的业务。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>共 {n} 件申请</source>
        <translation>共 {n} 件申请</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>还没有申请</source>
        <translation>还没有申请</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>电子化注册识别码：{code}</source>
        <translation>电子化注册识别码：{code}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>医师个人账户</source>
        <translation>医师个人账户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>激活账户(&amp;A)…</source>
        <translation>激活账户(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新建申请(&amp;N)…</source>
        <translation>新建申请(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+184"/>
        <source>修改后重新提交(&amp;E)…</source>
        <translation>修改后重新提交(&amp;E)…</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>撤回申请(&amp;W)…</source>
        <translation>撤回申请(&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印材料清单(&amp;P)…</source>
        <translation>打印材料清单(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印注册结果通知(&amp;T)…</source>
        <translation>打印注册结果通知(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>申请修改个人信息(&amp;M)…</source>
        <translation>申请修改个人信息(&amp;M)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>公众查询（医师、护士、医疗机构）(&amp;G)…</source>
        <translation>公众查询（医师、护士、医疗机构）(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../views/backoffice.py" line="-34"/>
        <location filename="../../views/physician.py" line="+17"/>
        <location line="+416"/>
        <source>身份证号：</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <location filename="../../views/physician.py" line="-415"/>
        <location line="+417"/>
        <location filename="../../views/physician_detail.py" line="-3"/>
        <source>电子邮箱：</source>
        <translation>电子邮箱：</translation>
    </message>
    <message>
        <location line="-399"/>
        <source>账户激活后才能办理注册、变更等业务。激活时填写医师资格证书编码；尚未取得证书的，填写准考证号；已在医疗机构注册的医师，也可以用机构发放的激活码。</source>
        <translation>账户激活后才能办理注册、变更等业务。激活时填写医师资格证书编码；尚未取得证书的，填写准考证号；已在医疗机构注册的医师，也可以用机构发放的激活码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>激活账户…</source>
        <translation>激活账户…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>新建申请…</source>
        <translation>新建申请…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+115"/>
        <source>修改后重新提交…</source>
        <translation>修改后重新提交…</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>撤回…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>打印注册结果通知…</source>
        <translation>打印注册结果通知…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>我的申请</source>
        <translation>我的申请</translation>
    </message>
    <message>
        <location filename="../../views/backoffice.py" line="+58"/>
        <location filename="../../views/physician.py" line="+5"/>
        <location filename="../../views/physician_detail.py" line="+64"/>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../views/physician.py" line="+1"/>
        <location filename="../../views/physician_detail.py" line="+1"/>
        <source>发证日期</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../views/physician_detail.py" line="+4"/>
        <source>主要执业机构</source>
        <translation>主要执业机构</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../views/physician_detail.py" line="+0"/>
        <location filename="../../views/public_register.py" line="-1"/>
        <location line="+9"/>
        <source>执业地点</source>
        <translation>执业地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/physician_detail.py" line="+1"/>
        <source>注册日期</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>备案的其他执业机构</source>
        <translation>备案的其他执业机构</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../views/physician_detail.py" line="-4"/>
        <source>医师资格</source>
        <translation>医师资格</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../views/physician_detail.py" line="+11"/>
        <location line="+7"/>
        <source>执业注册</source>
        <translation>执业注册</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>医师资格与执业注册</source>
        <translation>医师资格与执业注册</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>个人信息变更</source>
        <translation>个人信息变更</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>已激活</source>
        <translation>已激活</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未激活</source>
        <translation>未激活</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>编辑草稿…</source>
        <translation>编辑草稿…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>编辑草稿(&amp;E)…</source>
        <translation>编辑草稿(&amp;E)…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>账户已激活</source>
        <translation>账户已激活</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>已提交 {n} 项个人信息变更，等待主要执业机构审核</source>
        <translation>已提交 {n} 项个人信息变更，等待主要执业机构审核</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>申请 {n} 已撤回</source>
        <translation>申请 {n} 已撤回</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>暂无记录</source>
        <translation>暂无记录</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>激活账户</source>
        <translation>激活账户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>激活</source>
        <translation>激活</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所填号码须与您注册时填写的姓名和身份证号相符。</source>
        <translation>所填号码须与您注册时填写的姓名和身份证号相符。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>激活方式：</source>
        <translation>激活方式：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>注册医师个人账户</source>
        <translation>注册医师个人账户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>注册</source>
        <translation>注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请用本人真实姓名和居民身份证号注册。注册后登录，再用医师资格证书编码（或准考证号）激活账户。</source>
        <translation>请用本人真实姓名和居民身份证号注册。注册后登录，再用医师资格证书编码（或准考证号）激活账户。</translation>
    </message>
    <message>
        <location filename="../../views/physician_detail.py" line="-84"/>
        <source>学历：</source>
        <translation>学历：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>毕业院校：</source>
        <translation>毕业院校：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>任职资格：</source>
        <translation>任职资格：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>科室：</source>
        <translation>科室：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>提交日期</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办结日期</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+137"/>
        <source>医师档案</source>
        <translation>医师档案</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>基本信息</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../views/roster_view.py" line="-128"/>
        <location line="+106"/>
        <source>级别</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../views/roster_view.py" line="-105"/>
        <location line="+106"/>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备案/注销</source>
        <translation>备案/注销</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../views/public_register.py" line="-6"/>
        <location line="+7"/>
        <source>发证机关</source>
        <translation>发证机关</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>其他执业机构</source>
        <translation>其他执业机构</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>开始日期</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结束日期</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>所属注册（识别码）</source>
        <translation>所属注册（识别码）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>多机构备案（其他执业机构）</source>
        <translation>多机构备案（其他执业机构）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>选择一个案件，查看申请内容和办理记录</source>
        <translation>选择一个案件，查看申请内容和办理记录</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+116"/>
        <source>业务记录</source>
        <translation>业务记录</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>更换手机号…</source>
        <translation>更换手机号…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>生成激活码…</source>
        <translation>生成激活码…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已在本机构注册的医师用激活码激活个人账户（30天内有效，重新生成后旧码作废）</source>
        <translation>已在本机构注册的医师用激活码激活个人账户（30天内有效，重新生成后旧码作废）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>注册备案…</source>
        <translation>注册备案…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>医师调离、退休、退职、被辞退或被开除：30日内报送</source>
        <translation>医师调离、退休、退职、被辞退或被开除：30日内报送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>注销注册…</source>
        <translation>注销注册…</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../../views/roster_view.py" line="-114"/>
        <source>未注册</source>
        <translation>未注册</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>（未填写）</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{day} 备案（{why}）</source>
        <translation>{day} 备案（{why}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} 注销（{why}）</source>
        <translation>{day} 注销（{why}）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>业务记录（{n}）</source>
        <translation>业务记录（{n}）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>该医师没有以本机构为主要执业机构的有效注册</source>
        <translation>该医师没有以本机构为主要执业机构的有效注册</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>手机号已更换为 {p}；本次更换已记入审计日志</source>
        <translation>手机号已更换为 {p}；本次更换已记入审计日志</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>已为{name}生成激活码（30天内有效）</source>
        <translation>已为{name}生成激活码（30天内有效）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>已报送卫生健康委：{kind}（{number}）。审核结果会显示在“业务记录”中。</source>
        <translation>已报送卫生健康委：{kind}（{number}）。审核结果会显示在“业务记录”中。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>更换手机号</source>
        <translation>更换手机号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>更换</source>
        <translation>更换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师手机丢失或停用、无法自行找回账户时，核验本人身份后由机构更换手机号。更换会记入审计日志（原号码和新号码）。</source>
        <translation>医师手机丢失或停用、无法自行找回账户时，核验本人身份后由机构更换手机号。更换会记入审计日志（原号码和新号码）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>原手机号：</source>
        <translation>原手机号：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未登记</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新手机号：</source>
        <translation>新手机号：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>11位手机号</source>
        <translation>11位手机号</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>激活码：</source>
        <translation>激活码：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>激活码只显示这一次，30天内有效。请交给医师本人：登录个人账户后，在“激活账户”中选择“激活码”并填写。</source>
        <translation>激活码只显示这一次，30天内有效。请交给医师本人：登录个人账户后，在“激活账户”中选择“激活码”并填写。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>复制激活码</source>
        <translation>复制激活码</translation>
    </message>
    <message>
        <location filename="../../views/print_preview.py" line="-21"/>
        <source>正在生成预览…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>打印(&amp;P)…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>另存为 PDF(&amp;S)…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用系统程序打开(&amp;O)</source>
        <translation>用系统程序打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>无法生成预览，请用系统程序打开后打印。</source>
        <translation>无法生成预览，请用系统程序打开后打印。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>共 {n} 页</source>
        <translation>共 {n} 页</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>打印</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>打印失败：无法把文件送到打印机</source>
        <translation>打印失败：无法把文件送到打印机</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>另存为</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../views/public_register.py" line="+246"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已保存：{path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../views/public_register.py" line="-257"/>
        <source>证书编码</source>
        <translation>证书编码</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>执业证书编号</source>
        <translation>执业证书编号</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>诊疗科目</source>
        <translation>诊疗科目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>执业许可证有效期限</source>
        <translation>执业许可证有效期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审批机关</source>
        <translation>审批机关</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+4"/>
        <source>完整姓名，至少2个字</source>
        <translation>完整姓名，至少2个字</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>证书编码：</source>
        <translation>证书编码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师执业证书编码（15位）或医师资格证书编码（27位），须填写完整</source>
        <translation>医师执业证书编码（15位）或医师资格证书编码（27位），须填写完整</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>护士</source>
        <translation>护士</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>执业证书编号：</source>
        <translation>执业证书编号：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>护士执业证书编号，须填写完整</source>
        <translation>护士执业证书编号，须填写完整</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>位护士</source>
        <translation>位护士</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>机构名称或其开头，至少2个字</source>
        <translation>机构名称或其开头，至少2个字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医疗机构执业许可证登记号，须填写完整</source>
        <translation>医疗机构执业许可证登记号，须填写完整</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>全部省份</source>
        <translation>全部省份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>省份：</source>
        <translation>省份：</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>核验注册结果通知…</source>
        <translation>核验注册结果通知…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>选择注册结果通知的 PDF 文件，核验是否由卫生健康委签发、是否与公示信息一致</source>
        <translation>选择注册结果通知的 PDF 文件，核验是否由卫生健康委签发、是否与公示信息一致</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>选择注册结果通知</source>
        <translation>选择注册结果通知</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../views/registry_import.py" line="+111"/>
        <location line="+41"/>
        <source>无法读取文件：{why}</source>
        <translation>无法读取文件：{why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>正在核验…</source>
        <translation>正在核验…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>电子化注册识别码 {code}：{message}</source>
        <translation>电子化注册识别码 {code}：{message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（签发：{who}）</source>
        <translation>（签发：{who}）</translation>
    </message>
    <message>
        <location filename="../../views/backoffice.py" line="-65"/>
        <location filename="../../views/public_register.py" line="-195"/>
        <source>查询</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../views/public_register.py" line="+3"/>
        <source>清空</source>
        <translation>清空</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>公众查询结果-{what}</source>
        <translation>公众查询结果-{what}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>请输入查询条件后点“查询”（或按回车）。</source>
        <translation>请输入查询条件后点“查询”（或按回车）。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>没有找到符合条件的记录（公示的只有在有效期内的执业注册）。</source>
        <translation>没有找到符合条件的记录（公示的只有在有效期内的执业注册）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>找到 {n} {unit}</source>
        <translation>找到 {n} {unit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（向下滚动显示更多）</source>
        <translation>（向下滚动显示更多）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>公众查询</source>
        <translation>公众查询</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>下载全部公示数据…</source>
        <translation>下载全部公示数据…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>整个公示名册（只含公开项目）：CSV、Excel 或 HL7 FHIR R4 数据包</source>
        <translation>整个公示名册（只含公开项目）：CSV、Excel 或 HL7 FHIR R4 数据包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV（当前标签页的名册）</source>
        <translation>CSV（当前标签页的名册）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel（医师、护士、医疗机构三张表）</source>
        <translation>Excel（医师、护士、医疗机构三张表）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HL7 FHIR R4 数据包（医师、执业注册、医疗机构）</source>
        <translation>HL7 FHIR R4 数据包（医师、执业注册、医疗机构）</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>依法公示的执业注册信息，只显示规定公开的项目。请输入完整姓名（至少2个字）或完整的证书编号查询；可按省份缩小范围。</source>
        <translation>依法公示的执业注册信息，只显示规定公开的项目。请输入完整姓名（至少2个字）或完整的证书编号查询；可按省份缩小范围。</translation>
    </message>
    <message>
        <location filename="../../views/queue.py" line="-2"/>
        <source>案件编号</source>
        <extracomment>Milliseconds of quiet before a burst of feed changes reloads the list once (short: a change on another PC should be on screen within a second, issue 19).</extracomment>
        <translation>案件编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>业务类型</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>机构</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理日期</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>认领人</source>
        <translation>认领人</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>逾期案件</source>
        <translation>逾期案件</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>刷新列表（F5）</source>
        <translation>刷新列表（F5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理(&amp;O)…</source>
        <translation>办理(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打开选中的案件办理（Enter 或双击）</source>
        <translation>打开选中的案件办理（Enter 或双击）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>现场受理申请人的纸质申请（Ctrl+Shift+N）</source>
        <translation>现场受理申请人的纸质申请（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>全部业务</source>
        <translation>全部业务</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>姓名、拼音首字母、身份证号或案件编号</source>
        <translation>姓名、拼音首字母、身份证号或案件编号</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>输入开头几个字即可：案件编号、身份证号、姓名或拼音首字母（如 zw 找张伟）</source>
        <translation>输入开头几个字即可：案件编号、身份证号、姓名或拼音首字母（如 zw 找张伟）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>只看逾期(&amp;O)</source>
        <translation>只看逾期(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../views/roster_view.py" line="-3"/>
        <source>已注册</source>
        <translation>已注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>非在册（已备案）</source>
        <translation>非在册（已备案）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已注销</source>
        <translation>已注销</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>主执业/多机构备案</source>
        <translation>主执业/多机构备案</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>姓名、拼音首字母、身份证号、资格证书编码或注册识别码</source>
        <translation>姓名、拼音首字母、身份证号、资格证书编码或注册识别码</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>全部类别</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部级别</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类别：</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>级别：</source>
        <translation>级别：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>查看医师档案…</source>
        <translation>查看医师档案…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>还剩 {n} 天</source>
        <translation>还剩 {n} 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>今日满2年</source>
        <translation>今日满2年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已满2年（超过 {n} 天）</source>
        <translation>已满2年（超过 {n} 天）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>备案日期</source>
        <translation>备案日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备案原因</source>
        <translation>备案原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满2年日期</source>
        <translation>满2年日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>剩余天数</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已备案（调离、退休、退职、被辞退、被开除）的医师；备案满2年未再执业的，注册将被注销</source>
        <translation>已备案（调离、退休、退职、被辞退、被开除）的医师；备案满2年未再执业的，注册将被注销</translation>
    </message>
    <message>
        <location filename="../../views/shell.py" line="+47"/>
        <source>密码已修改，欢迎使用</source>
        <translation>密码已修改，欢迎使用</translation>
    </message>
    <message>
        <location filename="../../views/worker.py" line="-3"/>
        <source>数据库暂不可用</source>
        <translation>数据库暂不可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这不是您的操作有误：请稍候片刻再点“重试”。如多次失败，请联系管理员。</source>
        <translation>这不是您的操作有误：请稍候片刻再点“重试”。如多次失败，请联系管理员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重试</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>无法办理</source>
        <translation>无法办理</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>程序出错</source>
        <translation>程序出错</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>程序内部出错，这次操作没有完成。</source>
        <translation>程序内部出错，这次操作没有完成。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>错误详情已记录在日志文件：
{path}
请把这个文件发给系统管理员。</source>
        <translation>错误详情已记录在日志文件：
{path}
请把这个文件发给系统管理员。</translation>
    </message>
    <message>
        <location filename="../../views/help.py" line="+92"/>
        <source>用户手册</source>
        <translation>用户手册</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>找不到用户手册（app/resources/help）：安装可能不完整。</source>
        <translation>找不到用户手册（app/resources/help）：安装可能不完整。</translation>
    </message>
    <message>
        <location filename="../../views/export.py" line="+0"/>
        <source>正在导出「{title}」…</source>
        <extracomment>Rows asked of the service per page while exporting (services cap their pages themselves).</extracomment>
        <translation>正在导出「{title}」…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+169"/>
        <source>导出 Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>正在导出「{title}」：已写入 {n} 行…</source>
        <translation>正在导出「{title}」：已写入 {n} 行…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>导出</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>已导出 {n} 行到 {path}</source>
        <translation>已导出 {n} 行到 {path}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>公示数据</source>
        <translation>公示数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FHIR Bundle (*.json)</source>
        <translation>FHIR Bundle (*.json)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>主执业和多机构备案名单</source>
        <translation>主执业和多机构备案名单</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导出 Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>把列表中的全部记录（按当前查询和筛选条件）导出为 Excel 文件</source>
        <translation>把列表中的全部记录（按当前查询和筛选条件）导出为 Excel 文件</translation>
    </message>
    <message>
        <location filename="../../views/live.py" line="+164"/>
        <location filename="../../views/worker.py" line="-76"/>
        <source>连接中断，正在重试…</source>
        <extracomment>Seconds one wait on the feed may block (also how long stop() may take at most). Seconds to pause after the database failed before trying again. Every loop still running, stopped at interpreter exit (a window hidden but never closed).
----------
Resident IDs (18 or 15 digits), mobile numbers, and in an exception&apos;s own text (not the source lines of the traceback) every quoted value and every run of Chinese characters (names, addresses). A read that failed because the database was unreachable is tried again by itself after these pauses (milliseconds) while the window says 连接中断，正在重试; only then is the error shown.</extracomment>
        <translation>连接中断，正在重试…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../views/worker.py" line="+6"/>
        <source>连接已恢复</source>
        <translation>连接已恢复</translation>
    </message>
    <message>
        <location filename="../../views/profile_changes.py" line="-10"/>
        <location line="+12"/>
        <source>项目</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <location line="+176"/>
        <source>原内容</source>
        <translation>原内容</translation>
    </message>
    <message>
        <location line="-187"/>
        <location line="+12"/>
        <location line="+175"/>
        <source>新内容</source>
        <translation>新内容</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>办理时间</source>
        <translation>办理时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未同意原因</source>
        <translation>未同意原因</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>申请修改个人信息</source>
        <translation>申请修改个人信息</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>提交审核</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>学历、毕业院校、任职资格、科室和照片由主要执业机构审核同意后才会更改。只提交与现有记录不同的项目。</source>
        <translation>学历、毕业院校、任职资格、科室和照片由主要执业机构审核同意后才会更改。只提交与现有记录不同的项目。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>（不更换）</source>
        <translation>（不更换）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>选择照片…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>照片：</source>
        <translation>照片：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>近6个月2寸白底免冠正面半身照片，JPEG 或 PNG，不超过 1 MB</source>
        <translation>近6个月2寸白底免冠正面半身照片，JPEG 或 PNG，不超过 1 MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>选择照片</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>图片 (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>无法读取这张图片：请选择 JPEG 或 PNG 文件</source>
        <translation>无法读取这张图片：请选择 JPEG 或 PNG 文件</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>没有修改任何项目</source>
        <translation>没有修改任何项目</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>个人信息变更申请（由主要执业机构审核）</source>
        <translation>个人信息变更申请（由主要执业机构审核）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <source>项</source>
        <translation>项</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>申请修改个人信息…</source>
        <translation>申请修改个人信息…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>不同意个人信息变更</source>
        <translation>不同意个人信息变更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>不同意</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不同意 {name} 将{field}改为「{new}」。原因会告知医师本人。</source>
        <translation>不同意 {name} 将{field}改为「{new}」。原因会告知医师本人。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>如：学历证书与填写不符，请核对后重新申请</source>
        <translation>如：学历证书与填写不符，请核对后重新申请</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>医师申请修改、等待本机构审核的个人信息</source>
        <translation>医师申请修改、等待本机构审核的个人信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>姓名或身份证号</source>
        <translation>姓名或身份证号</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>变更内容</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>同意</source>
        <translation>同意</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>不同意…</source>
        <translation>不同意…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>在上面的列表中选择一项变更申请。</source>
        <translation>在上面的列表中选择一项变更申请。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}（{id_number}），{at} 提交</source>
        <translation>{name}（{id_number}），{at} 提交</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>（无照片）</source>
        <translation>（无照片）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>（空）</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>已同意 {name} 的{field}变更</source>
        <translation>已同意 {name} 的{field}变更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已不同意 {name} 的{field}变更</source>
        <translation>已不同意 {name} 的{field}变更</translation>
    </message>
    <message>
        <location filename="../../views/registry_import.py" line="-162"/>
        <source>护士执业注册</source>
        <translation>护士执业注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必填列：姓名、身份证号、执业证书编号、执业地点（6位行政区划代码）、注册日期。可选列：性别、执业机构登记号、发证机关、有效期至（不填按注册日期起5年）、状态（“注销”表示已注销）。</source>
        <translation>必填列：姓名、身份证号、执业证书编号、执业地点（6位行政区划代码）、注册日期。可选列：性别、执业机构登记号、发证机关、有效期至（不填按注册日期起5年）、状态（“注销”表示已注销）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>医疗机构执业许可</source>
        <translation>医疗机构执业许可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必填列：机构名称、登记号、地址、法定代表人、主要负责人、所在地区（6位行政区划代码）。可选列：诊疗科目、审批机关、执业许可证有效期限。已有的机构按登记号更新许可信息。</source>
        <translation>必填列：机构名称、登记号、地址、法定代表人、主要负责人、所在地区（6位行政区划代码）。可选列：诊疗科目、审批机关、执业许可证有效期限。已有的机构按登记号更新许可信息。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>行号</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>字段</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>导入名册数据</source>
        <extracomment>What each kind&apos;s import announces to the other windows (change feed topic).</extracomment>
        <translation>导入名册数据</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>考试中心医师资格名单</source>
        <extracomment>kind → (label, &quot;service.method&quot; of the desk, columns, required-column note)</extracomment>
        <translation>考试中心医师资格名单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必填列：姓名、身份证号、级别、类别，以及医师资格证书编码或准考证号（至少一项）。可选列：发证日期。新的身份证号自动建立医师档案；已导入的资格不会重复登记。</source>
        <translation>必填列：姓名、身份证号、级别、类别，以及医师资格证书编码或准考证号（至少一项）。可选列：发证日期。新的身份证号自动建立医师档案；已导入的资格不会重复登记。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>导入考试中心的医师资格名单，或本委护士执业注册名册、医疗机构执业许可名册（CSV 或 Excel 文件，第1行为表头）。选择文件后先预览，再导入；有误的行按行号列出原因。同一文件重复导入不会重复登记。</source>
        <translation>导入考试中心的医师资格名单，或本委护士执业注册名册、医疗机构执业许可名册（CSV 或 Excel 文件，第1行为表头）。选择文件后先预览，再导入；有误的行按行号列出原因。同一文件重复导入不会重复登记。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>名册：</source>
        <translation>名册：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>选择 CSV 或 XLSX 文件</source>
        <translation>选择 CSV 或 XLSX 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/settings_dialog.py" line="-18"/>
        <source>选择文件…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>文件：</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>导入</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出错误报告…</source>
        <translation>导出错误报告…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>选择名册文件</source>
        <translation>选择名册文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名册 (*.csv *.xlsx *.txt)</source>
        <translation>名册 (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>文件是空的</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>预览：共 {n} 行数据（左侧为文件中的行号，第1行为表头）</source>
        <translation>预览：共 {n} 行数据（左侧为文件中的行号，第1行为表头）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，只显示前 {k} 行</source>
        <translation>，只显示前 {k} 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>。核对无误后点“导入”。</source>
        <translation>。核对无误后点“导入”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>请先选择要导入的文件</source>
        <translation>请先选择要导入的文件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>正在导入…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{what}：共读取 {total} 行；新增或更新 {imported} 条，已有且无变化 {unchanged} 条，有误 {bad} 条。</source>
        <translation>{what}：共读取 {total} 行；新增或更新 {imported} 条，已有且无变化 {unchanged} 条，有误 {bad} 条。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>新建医师档案 {n} 份。</source>
        <translation>新建医师档案 {n} 份。</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+1"/>
        <source>导入错误报告</source>
        <translation>导入错误报告</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="-48"/>
        <source>连接成功：{where}（数据库结构版本 {version}）。</source>
        <extracomment>Each language under its own name (as language lists show them), so not translated.</extracomment>
        <translation>连接成功：{where}（数据库结构版本 {version}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>连接成功：{where} 是空数据库，第一次打开时会建立表结构。</source>
        <translation>连接成功：{where} 是空数据库，第一次打开时会建立表结构。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可以使用：{where} 还不存在，第一次打开时会创建它。</source>
        <translation>可以使用：{where} 还不存在，第一次打开时会创建它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件夹不存在或没有写入权限：{where}。请选择一个可写的文件夹。</source>
        <translation>文件夹不存在或没有写入权限：{where}。请选择一个可写的文件夹。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个文件不是本系统的数据库：{where}。</source>
        <translation>这个文件不是本系统的数据库：{where}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务器要求密码：请在“密码”栏填写后再试。</source>
        <translation>服务器要求密码：请在“密码”栏填写后再试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码不正确，或这个用户不能登录服务器 {where}。</source>
        <translation>密码不正确，或这个用户不能登录服务器 {where}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无法连接 {where}：请检查地址和端口、网络，并确认服务器已启动。</source>
        <translation>无法连接 {where}：请检查地址和端口、网络，并确认服务器已启动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这台电脑未安装 PostgreSQL 驱动（psycopg），无法连接数据库服务器。</source>
        <translation>这台电脑未安装 PostgreSQL 驱动（psycopg），无法连接数据库服务器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地址格式不正确。可以填：SQLite 文件路径，postgresql+psycopg://用户@主机:端口/库名，或 https://主机:端口（桌面服务器）。</source>
        <translation>地址格式不正确。可以填：SQLite 文件路径，postgresql+psycopg://用户@主机:端口/库名，或 https://主机:端口（桌面服务器）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请不要把密码写在地址里：密码填在“密码”栏，它将保存在系统钥匙串中。</source>
        <translation>请不要把密码写在地址里：密码填在“密码”栏，它将保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>连接成功：桌面服务器 {where} 已应答。</source>
        <translation>连接成功：桌面服务器 {where} 已应答。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务器 {where} 的证书不受这台电脑信任：请让管理员安装证书，或检查地址。</source>
        <translation>服务器 {where} 的证书不受这台电脑信任：请让管理员安装证书，或检查地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>连接失败：{detail}</source>
        <translation>连接失败：{detail}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>设置</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>数据库或桌面服务器</source>
        <translation>数据库或桌面服务器</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>留空：本机默认文件 {path}</source>
        <translation>留空：本机默认文件 {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>三种地址：一台电脑单独使用填 SQLite 文件路径；本单位局域网的数据库服务器填 postgresql+psycopg://用户@主机:5432/库名；全省的桌面服务器填 https://主机:端口。</source>
        <translation>三种地址：一台电脑单独使用填 SQLite 文件路径；本单位局域网的数据库服务器填 postgresql+psycopg://用户@主机:5432/库名；全省的桌面服务器填 https://主机:端口。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>数据库服务器的密码（不改可留空）</source>
        <translation>数据库服务器的密码（不改可留空）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>测试连接</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>当前使用：{where}。改过的地址在下次启动时使用。</source>
        <translation>当前使用：{where}。改过的地址在下次启动时使用。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>界面与安全</source>
        <translation>界面与安全</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>界面语言：</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下次启动时生效。</source>
        <translation>下次启动时生效。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> 分钟</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无操作自动锁定：</source>
        <translation>无操作自动锁定：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>这台电脑没有可用的系统钥匙串：密码不会被保存，每次启动时会询问密码。</source>
        <translation>这台电脑没有可用的系统钥匙串：密码不会被保存，每次启动时会询问密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>密码保存在系统钥匙串中，不会写入任何文件。</source>
        <translation>密码保存在系统钥匙串中，不会写入任何文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>选择数据库文件</source>
        <translation>选择数据库文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite 数据库 (*.db);;所有文件 (*)</source>
        <translation>SQLite 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>正在连接…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../../build/i18n/reference_strings.py" line="+333"/>
        <source>无法生成不重复的用户名，请联系管理员</source>
        <translation>无法生成不重复的用户名，请联系管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有这个医疗机构</source>
        <translation>没有这个医疗机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有这位医师</source>
        <translation>没有这位医师</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有这个账户</source>
        <translation>没有这个账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号不能为空</source>
        <translation>身份证号不能为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未找到与该身份证号和姓名相符的医师账户</source>
        <translation>未找到与该身份证号和姓名相符的医师账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不能停用自己的账户</source>
        <translation>不能停用自己的账户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>请输入用户名</source>
        <translation>请输入用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请输入密码</source>
        <translation>请输入密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新密码不能与原密码相同</source>
        <translation>新密码不能与原密码相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写医师资格证书编码、准考证号或激活码中的一项</source>
        <translation>请填写医师资格证书编码、准考证号或激活码中的一项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据库中已有用户，不能再次初始化；请用已有账户登录</source>
        <translation>数据库中已有用户，不能再次初始化；请用已有账户登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户名或密码错误</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原密码错误</source>
        <translation>原密码错误</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>该账户已激活，无需再次激活</source>
        <translation>该账户已激活，无需再次激活</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>该账户已停用，请联系卫生健康委</source>
        <translation>该账户已停用，请联系卫生健康委</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>该身份证号已开通医师账户；如忘记用户名，请本人持身份证到卫生健康委窗口查询</source>
        <translation>该身份证号已开通医师账户；如忘记用户名，请本人持身份证到卫生健康委窗口查询</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>登录凭据无效，请重新登录</source>
        <translation>登录凭据无效，请重新登录</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>登录已过期，请重新登录</source>
        <translation>登录已过期，请重新登录</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>请先登录</source>
        <translation>请先登录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>该记录已被其他用户修改，请刷新后重试</source>
        <translation>该记录已被其他用户修改，请刷新后重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据与已有记录冲突（可能已被其他用户登记），请刷新后重试</source>
        <translation>数据与已有记录冲突（可能已被其他用户登记），请刷新后重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选择「其他」类原因时须填写具体说明</source>
        <translation>选择「其他」类原因时须填写具体说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>分页起点无效</source>
        <translation>分页起点无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>翻页位置无效，请重新查询</source>
        <translation>翻页位置无效，请重新查询</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>逾期筛选应为是或否</source>
        <translation>逾期筛选应为是或否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>搜索内容应为文字</source>
        <translation>搜索内容应为文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择要登记的纸质材料</source>
        <translation>请选择要登记的纸质材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择是否已收到该材料</source>
        <translation>请选择是否已收到该材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择工作日或休息日</source>
        <translation>请选择工作日或休息日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明不能超过60个字符</source>
        <translation>说明不能超过60个字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师只能为本人提交申请</source>
        <translation>医师只能为本人提交申请</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>电子化注册识别码不能为空</source>
        <translation>电子化注册识别码不能为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电子化注册识别码前14位应为数字，最后一位为数字或 X</source>
        <translation>电子化注册识别码前14位应为数字，最后一位为数字或 X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电子化注册识别码中的序号不能为 00000000</source>
        <translation>电子化注册识别码中的序号不能为 00000000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师执业证书编码不能为空</source>
        <translation>医师执业证书编码不能为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师执业证书编码只能包含数字</source>
        <translation>医师执业证书编码只能包含数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师执业证书编码中的序号不能为 00000000</source>
        <translation>医师执业证书编码中的序号不能为 00000000</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>起始位置不能为负数</source>
        <translation>起始位置不能为负数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每页条数至少为1</source>
        <translation>每页条数至少为1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>请输入姓名或证书编码</source>
        <translation>请输入姓名或证书编码</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>无法识别文件编码：请保存为 UTF-8 或 GB18030 编码的 CSV 文件</source>
        <translation>无法识别文件编码：请保存为 UTF-8 或 GB18030 编码的 CSV 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件是空的：第1行应为表头（姓名、身份证号、医师资格证书编码、准考证号、级别、类别）</source>
        <translation>文件是空的：第1行应为表头（姓名、身份证号、医师资格证书编码、准考证号、级别、类别）</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>应传入多行数据（映射的列表）或 CSV/XLSX 文件路径</source>
        <translation>应传入多行数据（映射的列表）或 CSV/XLSX 文件路径</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>姓名最多 100 个字</source>
        <translation>姓名最多 100 个字</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>密码错误次数过多，已退出登录，请稍后重新登录</source>
        <translation>密码错误次数过多，已退出登录，请稍后重新登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内存数据库无法备份或恢复</source>
        <translation>内存数据库无法备份或恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个文件不是本系统的数据库备份</source>
        <translation>这个文件不是本系统的数据库备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个文件不是 pg_dump 生成的备份（自定义格式）</source>
        <translation>这个文件不是 pg_dump 生成的备份（自定义格式）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择备份文件</source>
        <translation>请选择备份文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份文件不能是数据库文件本身</source>
        <translation>备份文件不能是数据库文件本身</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据库出错，这次操作没有完成，请稍后重试或联系管理员</source>
        <translation>数据库出错，这次操作没有完成，请稍后重试或联系管理员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>数据库响应超时，这次操作没有完成，请稍后重试</source>
        <translation>数据库响应超时，这次操作没有完成，请稍后重试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>连接中断，无法确认这次操作是否已保存：请刷新后查看，再决定是否重做</source>
        <translation>连接中断，无法确认这次操作是否已保存：请刷新后查看，再决定是否重做</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>连接中断，这次操作没有完成（没有保存任何内容），请重试</source>
        <translation>连接中断，这次操作没有完成（没有保存任何内容），请重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>连接中断，正在重试；如仍失败，请检查网络</source>
        <translation>连接中断，正在重试；如仍失败，请检查网络</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>输出方式应为打印或保存 PDF</source>
        <translation>输出方式应为打印或保存 PDF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>请选择一张照片（JPEG 或 PNG 文件）</source>
        <translation>请选择一张照片（JPEG 或 PNG 文件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>照片应为 JPEG 或 PNG 图片</source>
        <translation>照片应为 JPEG 或 PNG 图片</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请至少填写一项要修改的个人信息</source>
        <translation>请至少填写一项要修改的个人信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请写明不同意的原因（医师本人可以看到）</source>
        <translation>请写明不同意的原因（医师本人可以看到）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原因最多500个字</source>
        <translation>原因最多500个字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有这项个人信息变更申请（或不属于本机构）</source>
        <translation>没有这项个人信息变更申请（或不属于本机构）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有这项个人信息变更申请</source>
        <translation>没有这项个人信息变更申请</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>医师档案不存在</source>
        <translation>医师档案不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您尚无有效的执业注册：个人信息变更由主要执业机构审核，请在执业注册办结后再申请</source>
        <translation>您尚无有效的执业注册：个人信息变更由主要执业机构审核，请在执业注册办结后再申请</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写护士的姓名（2至60个字）</source>
        <translation>请填写护士的姓名（2至60个字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写护士执业证书编号（字母和数字，最多32位）</source>
        <translation>请填写护士执业证书编号（字母和数字，最多32位）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写注册日期</source>
        <translation>请填写注册日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>执业证书编号不能为空</source>
        <translation>执业证书编号不能为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册日期不能为空</source>
        <translation>注册日期不能为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有效期至应晚于注册日期</source>
        <translation>有效期至应晚于注册日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文件是空的：第1行应为表头</source>
        <translation>文件是空的：第1行应为表头</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请只传入多行数据或一个文件，不能两者都传</source>
        <translation>请只传入多行数据或一个文件，不能两者都传</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>文件内容应为字节</source>
        <translation>文件内容应为字节</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>您无权管理该机构账户</source>
        <translation>您无权管理该机构账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您无权管理管辖范围以外的卫生健康委账户</source>
        <translation>您无权管理管辖范围以外的卫生健康委账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您无权管理该账户</source>
        <translation>您无权管理该账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您无权管理该医师账户</source>
        <translation>您无权管理该医师账户</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>只有医师个人账户需要激活</source>
        <translation>只有医师个人账户需要激活</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>激活码不正确或已失效，请向执业机构重新获取</source>
        <translation>激活码不正确或已失效，请向执业机构重新获取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证书编码或准考证号与姓名、身份证号不匹配</source>
        <translation>证书编码或准考证号与姓名、身份证号不匹配</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>长时间未操作，登录已失效，请重新登录</source>
        <translation>长时间未操作，登录已失效，请重新登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>另一窗口正在办理，请稍后重试</source>
        <translation>另一窗口正在办理，请稍后重试</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>该账户未关联医疗机构</source>
        <translation>该账户未关联医疗机构</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>请先修改初始密码，再办理业务</source>
        <translation>请先修改初始密码，再办理业务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您的医师账户尚未激活：请先用医师资格证书编码、准考证号或执业机构发放的激活码激活账户</source>
        <translation>您的医师账户尚未激活：请先用医师资格证书编码、准考证号或执业机构发放的激活码激活账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>此项业务只能由卫生健康委管理员办理</source>
        <translation>此项业务只能由卫生健康委管理员办理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您无权查看或办理该案件</source>
        <translation>您无权查看或办理该案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您无权查看或办理该医师的信息</source>
        <translation>您无权查看或办理该医师的信息</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>账户未关联医师档案</source>
        <translation>账户未关联医师档案</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>执业地点不在本委管辖区域内</source>
        <translation>执业地点不在本委管辖区域内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应传入多行数据（映射的列表）或文件内容，二者只能选一</source>
        <translation>应传入多行数据（映射的列表）或文件内容，二者只能选一</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>请提供文件名（用于识别 CSV 或 XLSX 格式）</source>
        <translation>请提供文件名（用于识别 CSV 或 XLSX 格式）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请传入多行数据（映射的列表）或 CSV/XLSX 文件内容</source>
        <translation>请传入多行数据（映射的列表）或 CSV/XLSX 文件内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>条数至少为1</source>
        <translation>条数至少为1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应传入多行数据（映射的列表）；文件请以内容和文件名传入</source>
        <translation>应传入多行数据（映射的列表）；文件请以内容和文件名传入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注应为文字</source>
        <translation>备注应为文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择不予批准的原因</source>
        <translation>请选择不予批准的原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>助理医师升执业医师须主要执业机构不变；更换机构须重新注册</source>
        <translation>助理医师升执业医师须主要执业机构不变；更换机构须重新注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该注册没有主要执业机构，不能升级</source>
        <translation>该注册没有主要执业机构，不能升级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该注册没有主要执业机构，不能变更</source>
        <translation>该注册没有主要执业机构，不能变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更换主要执业机构不能申请变更，须重新注册：请原机构办理注册备案后，在新机构申请注册</source>
        <translation>更换主要执业机构不能申请变更，须重新注册：请原机构办理注册备案后，在新机构申请注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更执业类别须同时选择新的执业范围</source>
        <translation>变更执业类别须同时选择新的执业范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请变更的内容与现有注册相同：请修改执业类别、执业范围或执业地点</source>
        <translation>申请变更的内容与现有注册相同：请修改执业类别、执业范围或执业地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别应为「男」或「女」</source>
        <translation>性别应为「男」或「女」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择性别</source>
        <translation>请选择性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生日期应早于今天</source>
        <translation>出生日期应早于今天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外国医师的国籍不能是中国；港澳台医师请办理港澳台医师短期行医</source>
        <translation>外国医师的国籍不能是中国；港澳台医师请办理港澳台医师短期行医</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写资格取得日期</source>
        <translation>请填写资格取得日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资格取得日期不能晚于今天</source>
        <translation>资格取得日期不能晚于今天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所选注册记录不属于该医师</source>
        <translation>所选注册记录不属于该医师</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该注册没有主要执业机构</source>
        <translation>该注册没有主要执业机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生日期与身份证号不符</source>
        <translation>出生日期与身份证号不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这不是 PDF 文件</source>
        <translation>这不是 PDF 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这不是本系统打印的注册结果通知（文件中没有识别码和核验码）</source>
        <translation>这不是本系统打印的注册结果通知（文件中没有识别码和核验码）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手机号不能为空</source>
        <translation>手机号不能为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手机号格式不正确：应为11位中国大陆手机号，以1开头，第二位为3至9</source>
        <translation>手机号格式不正确：应为11位中国大陆手机号，以1开头，第二位为3至9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名不能为空</source>
        <translation>姓名不能为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名中的间隔号“·”不能在开头、结尾或连续出现</source>
        <translation>姓名中的间隔号“·”不能在开头、结尾或连续出现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名至少要有一个汉字或字母</source>
        <translation>姓名至少要有一个汉字或字母</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师资格证书编码只能包含数字和大写英文字母</source>
        <translation>医师资格证书编码只能包含数字和大写英文字母</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>准考证号只能包含数字</source>
        <translation>准考证号只能包含数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记号只能包含数字和大写英文字母</source>
        <translation>登记号只能包含数字和大写英文字母</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>行政区划代码不能为空</source>
        <translation>行政区划代码不能为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师级别不能为空</source>
        <translation>医师级别不能为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业类别不能为空</source>
        <translation>执业类别不能为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择执业范围</source>
        <translation>请选择执业范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业范围最多两个：一个执业范围，另可加注一个规定的范围</source>
        <translation>执业范围最多两个：一个执业范围，另可加注一个规定的范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期限结束日期必须晚于开始日期</source>
        <translation>期限结束日期必须晚于开始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户名不能为空</source>
        <translation>用户名不能为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户名只能包含英文字母、数字、下划线“_”、点“.”和连字符“-”</source>
        <translation>用户名只能包含英文字母、数字、下划线“_”、点“.”和连字符“-”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码不能为空</source>
        <translation>密码不能为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不能与用户名相同</source>
        <translation>不能与用户名相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号应为18位：15位旧号码请换用18位居民身份证号码</source>
        <translation>身份证号应为18位：15位旧号码请换用18位居民身份证号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电子邮箱不能为空</source>
        <translation>电子邮箱不能为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中文姓名中不能有空格</source>
        <translation>中文姓名中不能有空格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未签名：无法确认由卫生健康委签发</source>
        <translation>未签名：无法确认由卫生健康委签发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名无效：文件在签名后被改动过</source>
        <translation>签名无效：文件在签名后被改动过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名后文件又被追加修改</source>
        <translation>签名后文件又被追加修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名证书不是受信任的卫生健康委证书</source>
        <translation>签名证书不是受信任的卫生健康委证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与公示信息一致（注册有效，通知所载内容未变）</source>
        <translation>与公示信息一致（注册有效，通知所载内容未变）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册仍有效，但通知所载内容已有变更（以公示信息为准）</source>
        <translation>注册仍有效，但通知所载内容已有变更（以公示信息为准）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该注册已注销</source>
        <translation>该注册已注销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该注册已备案（非在册），不再执业</source>
        <translation>该注册已备案（非在册），不再执业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册信息中没有这个电子化注册识别码</source>
        <translation>注册信息中没有这个电子化注册识别码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未知的材料：{join_unknown}</source>
        <translation>未知的材料：{join_unknown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请先核验并勾选以下材料，再开通机构账户：{join_missing}</source>
        <translation>请先核验并勾选以下材料，再开通机构账户：{join_missing}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您的管辖范围（{reference_area_jurisdiction_or}）不包括{reference_area_name_area}，{refused}</source>
        <translation>您的管辖范围（{reference_area_jurisdiction_or}）不包括{reference_area_name_area}，{refused}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业许可证已于 {valid_until} 过期，不能开通账户</source>
        <translation>执业许可证已于 {valid_until} 过期，不能开通账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记号 {number} 的机构已开通账户</source>
        <translation>登记号 {number} 的机构已开通账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机构“{inst_name}”还没有账户</source>
        <translation>机构“{inst_name}”还没有账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{physician_name}不是在本机构注册的医师：激活码只能由主要执业机构发放，尚未注册的医师请用医师资格证书编码或准考证号激活</source>
        <translation>{physician_name}不是在本机构注册的医师：激活码只能由主要执业机构发放，尚未注册的医师请用医师资格证书编码或准考证号激活</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{physician_name}的医师账户已激活，无需激活码</source>
        <translation>{physician_name}的医师账户已激活，无需激活码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户名“{username}”已被使用，请换一个</source>
        <translation>用户名“{username}”已被使用，请换一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>激活尝试次数过多，请于 {until} 后再试</source>
        <translation>激活尝试次数过多，请于 {until} 后再试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码错误次数过多，账户已锁定至 {until}，请稍后再试</source>
        <translation>密码错误次数过多，账户已锁定至 {until}，请稍后再试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>激活码应为{activation_code_length}位字母和数字</source>
        <translation>激活码应为{activation_code_length}位字母和数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户名或密码错误（再错 {left} 次账户将锁定 15 分钟）</source>
        <translation>用户名或密码错误（再错 {left} 次账户将锁定 15 分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码错误（再错 {left} 次将退出登录并锁定账户）</source>
        <translation>密码错误（再错 {left} 次将退出登录并锁定账户）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份文件所在的文件夹不存在：{target_parent}</source>
        <translation>备份文件所在的文件夹不存在：{target_parent}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份文件不存在：{source}</source>
        <translation>备份文件不存在：{source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这台电脑没有安装 PostgreSQL 的 {program} 程序，无法备份PostgreSQL 数据库。请安装 PostgreSQL 客户端（Debian/Ubuntu：apt install postgresql-client；Windows：PostgreSQL 安装包中的 Command Line Tools），或在数据库服务器上操作。</source>
        <translation>这台电脑没有安装 PostgreSQL 的 {program} 程序，无法备份PostgreSQL 数据库。请安装 PostgreSQL 客户端（Debian/Ubuntu：apt install postgresql-client；Windows：PostgreSQL 安装包中的 Command Line Tools），或在数据库服务器上操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这台电脑没有安装 PostgreSQL 的 {program} 程序，无法恢复PostgreSQL 数据库。请安装 PostgreSQL 客户端（Debian/Ubuntu：apt install postgresql-client；Windows：PostgreSQL 安装包中的 Command Line Tools），或在数据库服务器上操作。</source>
        <translation>这台电脑没有安装 PostgreSQL 的 {program} 程序，无法恢复PostgreSQL 数据库。请安装 PostgreSQL 客户端（Debian/Ubuntu：apt install postgresql-client；Windows：PostgreSQL 安装包中的 Command Line Tools），或在数据库服务器上操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{program} 失败：{detail_if_done_returncode}</source>
        <translation>{program} 失败：{detail_if_done_returncode}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份失败：{exc}</source>
        <translation>备份失败：{exc}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法写入备份文件 {target}：{exc_strerror_or_exc}</source>
        <translation>无法写入备份文件 {target}：{exc_strerror_or_exc}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个文件不是完好的 SQLite 备份：{problem}</source>
        <translation>这个文件不是完好的 SQLite 备份：{problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{program} 超过 {pg_tool_timeout} 分钟仍未完成，已放弃</source>
        <translation>{program} 超过 {pg_tool_timeout} 分钟仍未完成，已放弃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据库文件不存在：{source}</source>
        <translation>数据库文件不存在：{source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份副本校验失败：{problem}</source>
        <translation>备份副本校验失败：{problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复失败：{exc}</source>
        <translation>恢复失败：{exc}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件版本号无效：「{value}」，请刷新后重试</source>
        <translation>案件版本号无效：「{value}」，请刷新后重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>业务类型「{value}」不存在</source>
        <translation>业务类型「{value}」不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每页条数应为1至{max_page}</source>
        <translation>每页条数应为1至{max_page}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}「{value}」无效</source>
        <translation>{label}「{value}」无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件 {case_number} 已被 {who}于 {when} 处理（{action_label_case_kind}，当前状态：{status}），请刷新后重试</source>
        <translation>案件 {case_number} 已被 {who}于 {when} 处理（{action_label_case_kind}，当前状态：{status}），请刷新后重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件 {case_number} 已被 {who} 于 {when} 处理（{action_label_case_kind}，当前状态：{status}），请刷新后重试</source>
        <translation>案件 {case_number} 已被 {who} 于 {when} 处理（{action_label_case_kind}，当前状态：{status}），请刷新后重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件 {case_number} 当前状态为「{status}」，不能{label}：{reason}{hint}</source>
        <translation>案件 {case_number} 当前状态为「{status}」，不能{label}：{reason}{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件 {case_number} 正由 {name} 办理（{since} 认领，{until} 前有效），请选择其他案件</source>
        <translation>案件 {case_number} 正由 {name} 办理（{since} 认领，{until} 前有效），请选择其他案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{reference_area_prep_area}」不在本委管辖范围内，不能受理</source>
        <translation>「{reference_area_prep_area}」不在本委管辖范围内，不能受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{reference_kind_label_kind}」只能在卫生健康委窗口办理</source>
        <translation>「{reference_kind_label_kind}」只能在卫生健康委窗口办理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{reference_kind_label_kind}」不能保存草稿</source>
        <translation>「{reference_kind_label_kind}」不能保存草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年份无效：「{year}」</source>
        <translation>年份无效：「{year}」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件不存在（编号 {case_id}）</source>
        <translation>案件不存在（编号 {case_id}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件 {case_number} 已被其他用户修改（当前状态：{status}），请刷新后重试</source>
        <translation>案件 {case_number} 已被其他用户修改（当前状态：{status}），请刷新后重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有{who}可以{action_label_case_kind}案件 {case_number}</source>
        <translation>只有{who}可以{action_label_case_kind}案件 {case_number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{inst_name}」不在本委管辖范围内，不能受理</source>
        <translation>「{inst_name}」不在本委管辖范围内，不能受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口业务须收齐纸质材料后才能批准：案件 {case_number} 尚缺 {join_missing}</source>
        <translation>窗口业务须收齐纸质材料后才能批准：案件 {case_number} 尚缺 {join_missing}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{name}」不是「{reference_kind_case_kind}」的纸质材料</source>
        <translation>「{name}」不是「{reference_kind_case_kind}」的纸质材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{rules_field_key_key}」应为文字列表</source>
        <translation>「{rules_field_key_key}」应为文字列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{rules_field_key_key}」的值无效</source>
        <translation>「{rules_field_key_key}」的值无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件编号无效：「{case_id}」</source>
        <translation>案件编号无效：「{case_id}」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电子化注册识别码应为{code_length}位，当前为{len_raw}位</source>
        <translation>电子化注册识别码应为{code_length}位，当前为{len_raw}位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电子化注册识别码的前两位「{raw}」不是有效的省级代码</source>
        <translation>电子化注册识别码的前两位「{raw}」不是有效的省级代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电子化注册识别码中的年份「{year}」无效</source>
        <translation>电子化注册识别码中的年份「{year}」无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电子化注册识别码校验位错误：应为 {expected}</source>
        <translation>电子化注册识别码校验位错误：应为 {expected}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师执业证书编码第1位「{raw}」不是有效的医师级别代码</source>
        <translation>医师执业证书编码第1位「{raw}」不是有效的医师级别代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师执业证书编码第2位「{raw}」不是有效的执业类别代码</source>
        <translation>医师执业证书编码第2位「{raw}」不是有效的执业类别代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师执业证书编码第3-4位「{raw}」不是有效的省级代码</source>
        <translation>医师执业证书编码第3-4位「{raw}」不是有效的省级代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师执业证书编码校验位错误：应为 {expected}</source>
        <translation>医师执业证书编码校验位错误：应为 {expected}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year}年本省电子化注册识别码序号已用尽，请联系系统管理员</source>
        <translation>{year}年本省电子化注册识别码序号已用尽，请联系系统管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师执业证书编码应为{practice_number_length}位数字，当前为{len_raw}位</source>
        <translation>医师执业证书编码应为{practice_number_length}位数字，当前为{len_raw}位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>演示数据导入失败：{join_e_result_errors}</source>
        <translation>演示数据导入失败：{join_e_result_errors}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}的类型不受支持：{kind_value}</source>
        <translation>{label_field}的类型不受支持：{kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}应为文本，收到的是{kind_value}</source>
        <translation>{name}应为文本，收到的是{kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}过长：最多{maximum}个字符，当前{len_value}个</source>
        <translation>{name}过长：最多{maximum}个字符，当前{len_value}个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}应为整数，收到的是{kind_value}</source>
        <translation>{name}应为整数，收到的是{kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}超出范围：应在{low}至{high}之间</source>
        <translation>{name}超出范围：应在{low}至{high}之间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}应为数字，收到的是{kind_value}</source>
        <translation>{name}应为数字，收到的是{kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}应为有限的数字</source>
        <translation>{name}应为有限的数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}应为“是”或“否”（布尔值），收到的是{kind_value}</source>
        <translation>{label_field}应为“是”或“否”（布尔值），收到的是{kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登录凭据无效：应为登录返回的凭据，收到的是{kind_value}</source>
        <translation>登录凭据无效：应为登录返回的凭据，收到的是{kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}应为{expected}，收到的是{kind_value}</source>
        <translation>{label_field}应为{expected}，收到的是{kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}应为日期，收到的是{kind_value}</source>
        <translation>{label_field}应为日期，收到的是{kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}应为文件内容，收到的是{kind_value}</source>
        <translation>{label_field}应为文件内容，收到的是{kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}过大：最多{max_file_bytes} MB</source>
        <translation>{label_field}过大：最多{max_file_bytes} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}应为文件，收到的是{kind_value}</source>
        <translation>{label_field}应为文件，收到的是{kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}的层次过深</source>
        <translation>{label_field}的层次过深</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}应为可调用的函数，收到的是{kind_value}</source>
        <translation>{label_field}应为可调用的函数，收到的是{kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}的类型不正确：应为{cls_name}，收到的是{kind_value}</source>
        <translation>{label_field}的类型不正确：应为{cls_name}，收到的是{kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}不能为空</source>
        <translation>{label_field}不能为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}应为列表，收到的是{kind_value}</source>
        <translation>{label_field}应为列表，收到的是{kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}的条目过多：最多{max_items}项</source>
        <translation>{label_field}的条目过多：最多{max_items}项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}应为键值表，收到的是{kind_value}</source>
        <translation>{label_field}应为键值表，收到的是{kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label_field}无效：应为{len_items}项的列表，收到的是{kind_value}</source>
        <translation>{label_field}无效：应为{len_items}项的列表，收到的是{kind_value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}含有不可见的控制字符（如 NUL），请删除后重新输入</source>
        <translation>{name}含有不可见的控制字符（如 NUL），请删除后重新输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}含有无效的字符编码（孤立的代理字符），请重新输入</source>
        <translation>{name}含有无效的字符编码（孤立的代理字符），请重新输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调用参数不正确：{exc}</source>
        <translation>调用参数不正确：{exc}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>参数「{name}」无效：「{value}」</source>
        <translation>参数「{name}」无效：「{value}」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等待时间应为0至{max_wait}秒</source>
        <translation>等待时间应为0至{max_wait}秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>条数应为1至{max_choices}</source>
        <translation>条数应为1至{max_choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业机构无效：「{institution_id}」</source>
        <translation>执业机构无效：「{institution_id}」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医疗机构不存在（编号 {institution_id}）</source>
        <translation>医疗机构不存在（编号 {institution_id}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有「{register}」这个名册：可选 {join_registers}</source>
        <translation>没有「{register}」这个名册：可选 {join_registers}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不支持的格式「{fmt}」：可选 {join_formats}</source>
        <translation>不支持的格式「{fmt}」：可选 {join_formats}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有这种纸质文件：{document}</source>
        <translation>没有这种纸质文件：{document}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件 {case_number} 尚未批准（当前状态：{label}），不能打印注册结果通知</source>
        <translation>案件 {case_number} 尚未批准（当前状态：{label}），不能打印注册结果通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件 {case_number}（{reference_kind_case_kind}）未发放电子化注册识别码，没有注册结果通知可打印</source>
        <translation>案件 {case_number}（{reference_kind_case_kind}）未发放电子化注册识别码，没有注册结果通知可打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{document_labels_document}在预览后已有人打印（现应为第 {expected} 份）：请关闭预览后重新打开，再打印</source>
        <translation>{document_labels_document}在预览后已有人打印（现应为第 {expected} 份）：请关闭预览后重新打开，再打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>此项业务只能由{labels}用户办理，当前用户为{p_role_label}用户</source>
        <translation>此项业务只能由{labels}用户办理，当前用户为{p_role_label}用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业医师注册由省级或设区的市级卫生健康委审批，县级卫生健康委只能审批执业助理医师注册：案件 {case_number} 请报市级或省级卫生健康委办理</source>
        <translation>执业医师注册由省级或设区的市级卫生健康委审批，县级卫生健康委只能审批执业助理医师注册：案件 {case_number} 请报市级或省级卫生健康委办理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您无权查看或管理机构“{institution_name}”</source>
        <translation>您无权查看或管理机构“{institution_name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{fields_field}应为文字</source>
        <translation>{fields_field}应为文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{fields_field}最多{max_length_field}个字</source>
        <translation>{fields_field}最多{max_length_field}个字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>照片文件太大（{len_data} KB）：请使用不超过 {max_photo_bytes} KB 的 JPEG 或 PNG 文件</source>
        <translation>照片文件太大（{len_data} KB）：请使用不超过 {max_photo_bytes} KB 的 JPEG 或 PNG 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这项变更已办结（{outcome}），请刷新列表</source>
        <translation>这项变更已办结（{outcome}），请刷新列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{key}」不是可修改的个人信息（可改：{allowed}）</source>
        <translation>「{key}」不是可修改的个人信息（可改：{allowed}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{fields_key}与现在的记录相同，无需修改</source>
        <translation>{fields_key}与现在的记录相同，无需修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业类别「{category}」不存在：可选 {join_category_names}</source>
        <translation>执业类别「{category}」不存在：可选 {join_category_names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原因列表「{name}」不存在</source>
        <translation>原因列表「{name}」不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>行政区划代码应为6位数字：「{code}」</source>
        <translation>行政区划代码应为6位数字：「{code}」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请输入完整姓名（至少{min_name_length}个字）</source>
        <translation>请输入完整姓名（至少{min_name_length}个字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>护士执业证书编号 {number} 已登记</source>
        <translation>护士执业证书编号 {number} 已登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业证书编号应为6至32位数字或大写字母：「{raw}」</source>
        <translation>执业证书编号应为6至32位数字或大写字母：「{raw}」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别「{gender_text}」与身份证号不符（应为{rid_gender}）</source>
        <translation>性别「{gender_text}」与身份证号不符（应为{rid_gender}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业地点 {place} 不在本卫生健康委辖区内</source>
        <translation>执业地点 {place} 不在本卫生健康委辖区内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册日期 {start} 晚于今天</source>
        <translation>注册日期 {start} 晚于今天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所在地区 {area} 不在本卫生健康委辖区内</source>
        <translation>所在地区 {area} 不在本卫生健康委辖区内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件不存在：{path}</source>
        <translation>文件不存在：{path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺少列：{join_missing}（第1行应为表头）</source>
        <translation>缺少列：{join_missing}（第1行应为表头）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件过大（超过 {limit} MB），请拆分后分批导入</source>
        <translation>文件过大（超过 {limit} MB），请拆分后分批导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不支持的文件类型「{suffix}」：请使用 CSV 或 XLSX 文件</source>
        <translation>不支持的文件类型「{suffix}」：请使用 CSV 或 XLSX 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{i}行不是字段表</source>
        <translation>第{i}行不是字段表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发证日期 {day} 晚于今天</source>
        <translation>发证日期 {day} 晚于今天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师（编号 {physician_id}）不存在</source>
        <translation>医师（编号 {physician_id}）不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法读取 Excel 文件：{exc}</source>
        <translation>无法读取 Excel 文件：{exc}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{i}行不是字段表（应为 姓名、身份证号… 到值的映射）</source>
        <translation>第{i}行不是字段表（应为 姓名、身份证号… 到值的映射）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件过大（超过 {max_import_bytes} MB），请拆分后分批导入</source>
        <translation>文件过大（超过 {max_import_bytes} MB），请拆分后分批导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册状态「{status}」不存在：可选 {join_status_labels}</source>
        <translation>注册状态「{status}」不存在：可选 {join_status_labels}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原因「{raw}」不在规定的列表中：可选 {options}</source>
        <translation>原因「{raw}」不在规定的列表中：可选 {options}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}无效</source>
        <translation>{label}无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}无效：「{value}」</source>
        <translation>{label}无效：「{value}」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注不能超过{_note_max}个字符（当前{len_text}个）</source>
        <translation>备注不能超过{_note_max}个字符（当前{len_text}个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}不存在（编号 {value}）</source>
        <translation>{label}不存在（编号 {value}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}「{inst_name}」已停用，不能办理业务</source>
        <translation>{label}「{inst_name}」已停用，不能办理业务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师不存在（编号 {pid}）</source>
        <translation>医师不存在（编号 {pid}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师记录 {pid} 已合并到记录 {phys_merged_into_id}，请在合并后的记录上办理</source>
        <translation>医师记录 {pid} 已合并到记录 {phys_merged_into_id}，请在合并后的记录上办理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phys_name}没有医师资格记录：首次注册须有考试中心导入或窗口补录的医师资格</source>
        <translation>{phys_name}没有医师资格记录：首次注册须有考试中心导入或窗口补录的医师资格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请的{wanted}与医师资格不符：{phys_name}的医师资格为{describe_qualifications_quals}</source>
        <translation>申请的{wanted}与医师资格不符：{phys_name}的医师资格为{describe_qualifications_quals}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phys_name}有多个类别的医师资格（{describe_qualifications_found}），请选择执业类别</source>
        <translation>{phys_name}有多个类别的医师资格（{describe_qualifications_found}），请选择执业类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phys_name}尚未取得电子化注册识别码，不能办理「{label}」：须先经批准注册</source>
        <translation>{phys_name}尚未取得电子化注册识别码，不能办理「{label}」：须先经批准注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phys_name}的注册状态为「{states}」，不能办理「{label}」</source>
        <translation>{phys_name}的注册状态为「{states}」，不能办理「{label}」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phys_name}在多个省有注册，请选择要办理「{label}」的注册</source>
        <translation>{phys_name}在多个省有注册，请选择要办理「{label}」的注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已有一件在办的「{label_kind}」案件 {other_number}（{status}），请勿重复申请</source>
        <translation>已有一件在办的「{label_kind}」案件 {other_number}（{status}），请勿重复申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phys_name}在{province_name_province}已有有效注册（主要执业机构：{main}），同一省内只能有一个主要执业机构；更换主要执业机构须由原机构办理注册备案后重新注册</source>
        <translation>{phys_name}在{province_name_province}已有有效注册（主要执业机构：{main}），同一省内只能有一个主要执业机构；更换主要执业机构须由原机构办理注册备案后重新注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phys_name}的注册级别为{reg_level}，不是执业助理医师，无需升级</source>
        <translation>{phys_name}的注册级别为{reg_level}，不是执业助理医师，无需升级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>助理医师升执业医师须执业类别相同：现注册类别为{reg_category}</source>
        <translation>助理医师升执业医师须执业类别相同：现注册类别为{reg_category}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phys_name}没有{reg_category}类别的执业医师资格：升级须取得与现注册相同类别的执业医师资格</source>
        <translation>{phys_name}没有{reg_category}类别的执业医师资格：升级须取得与现注册相同类别的执业医师资格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更执业类别须有{category}类别的{reg_level}资格</source>
        <translation>变更执业类别须有{category}类别的{reg_level}资格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证件类型「{id_type}」无效：可选 {join_id_types_values}</source>
        <translation>证件类型「{id_type}」无效：可选 {join_id_types_values}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{id_types_id_type}号码不能为空</source>
        <translation>{id_types_id_type}号码不能为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{id_types_id_type}号码应为5至20位字母或数字</source>
        <translation>{id_types_id_type}号码应为5至20位字母或数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证件号码 {ident_id_number} 已登记为「{phys_name}」，与填写的姓名「{ident_name}」不符</source>
        <translation>证件号码 {ident_id_number} 已登记为「{phys_name}」，与填写的姓名「{ident_name}」不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ident_name}已有{level}（{category}）资格记录，无需再办理</source>
        <translation>{ident_name}已有{level}（{category}）资格记录，无需再办理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{label_kind}」没有「{key}」这一项：可填写 {names}</source>
        <translation>「{label_kind}」没有「{key}」这一项：可填写 {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phys_name}的主要执业机构不是本机构，不能由本机构申请「{label}」</source>
        <translation>{phys_name}的主要执业机构不是本机构，不能由本机构申请「{label}」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该医师已有一件在办的「{label_kind}」案件，请勿重复申请</source>
        <translation>该医师已有一件在办的「{label_kind}」案件，请勿重复申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业地点应为「{reference_area_name_place}」：{qual_level}的执业地点为{where}</source>
        <translation>执业地点应为「{reference_area_name_place}」：{qual_level}的执业地点为{where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业地点须为主要执业机构所在地「{reference_area_name_place}」；到其他地方执业须在当地机构重新注册</source>
        <translation>执业地点须为主要执业机构所在地「{reference_area_name_place}」；到其他地方执业须在当地机构重新注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phys_name}没有已备案的其他执业机构，无需取消多地点执业</source>
        <translation>{phys_name}没有已备案的其他执业机构，无需取消多地点执业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{other_name}」不是{phys_name}已备案的执业机构</source>
        <translation>「{other_name}」不是{phys_name}已备案的执业机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{other_name}」是主要执业机构，不需要备案</source>
        <translation>「{other_name}」是主要执业机构，不需要备案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{other_name}」已经备案，不能重复备案</source>
        <translation>「{other_name}」已经备案，不能重复备案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别与身份证号不符：身份证号显示为{rid_gender}</source>
        <translation>性别与身份证号不符：身份证号显示为{rid_gender}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>港澳台医师的地区应为{join_hmt_origins}之一</source>
        <translation>港澳台医师的地区应为{join_hmt_origins}之一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师资格证书编码 {code} 已登记（{taken_name}）</source>
        <translation>医师资格证书编码 {code} 已登记（{taken_name}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{inviting_name}」不具有独立法人资格，不能邀请外国医师来华短期行医</source>
        <translation>「{inviting_name}」不具有独立法人资格，不能邀请外国医师来华短期行医</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ident_name}已有 {held} 的短期行医许可，期限不能重叠</source>
        <translation>{ident_name}已有 {held} 的短期行医许可，期限不能重叠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{label_kind}」按证件办理，不需要选择医师</source>
        <translation>「{label_kind}」按证件办理，不需要选择医师</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择{label}</source>
        <translation>请选择{label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业助理医师只能备案主要执业机构所在县（区）「{reference_area_name_county}」内的机构</source>
        <translation>执业助理医师只能备案主要执业机构所在县（区）「{reference_area_name_county}」内的机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>多机构备案只能在注册所在省「{province_name_reg_province}」内；到外省执业须在当地注册</source>
        <translation>多机构备案只能在注册所在省「{province_name_reg_province}」内；到外省执业须在当地注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>业务类型「{kind}」无法办理</source>
        <translation>业务类型「{kind}」无法办理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名密钥已存在：{key_path}（如需更换，请先移走旧文件）</source>
        <translation>签名密钥已存在：{key_path}（如需更换，请先移走旧文件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法读取这个 PDF 文件：{exc}</source>
        <translation>无法读取这个 PDF 文件：{exc}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电子邮箱格式不正确：「{raw}」，应形如 name@example.com</source>
        <translation>电子邮箱格式不正确：「{raw}」，应形如 name@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师级别「{raw}」不存在：可选 {names}</source>
        <translation>医师级别「{raw}」不存在：可选 {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}不是有效日期：「{raw}」，应为 YYYY-MM-DD</source>
        <translation>{label}不是有效日期：「{raw}」，应为 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}「{raw}」不在规定的列表中：可选 {options}</source>
        <translation>{label}「{raw}」不在规定的列表中：可选 {options}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号应为18位，当前为{len_raw}位</source>
        <translation>身份证号应为18位，当前为{len_raw}位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号含有非法字符「{bad}」：前17位只能是数字，最后一位是数字或 X</source>
        <translation>身份证号含有非法字符「{bad}」：前17位只能是数字，最后一位是数字或 X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号中的出生日期无效：{birth} 晚于今天</source>
        <translation>身份证号中的出生日期无效：{birth} 晚于今天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号校验位错误：应为 {expected}</source>
        <translation>身份证号校验位错误：应为 {expected}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名不能超过{name_max_length}个字符（当前{len_text}个）</source>
        <translation>姓名不能超过{name_max_length}个字符（当前{len_text}个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名含有不允许的字符「{ch}」：只能使用汉字、间隔号“·”和英文字母（外籍人员可含空格）</source>
        <translation>姓名含有不允许的字符「{ch}」：只能使用汉字、间隔号“·”和英文字母（外籍人员可含空格）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}不能为空</source>
        <translation>{label}不能为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师资格证书编码应为27位，当前为{len_raw}位</source>
        <translation>医师资格证书编码应为27位，当前为{len_raw}位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师执业证书编码应为15位数字，当前为{len_raw}位</source>
        <translation>医师执业证书编码应为15位数字，当前为{len_raw}位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>准考证号应为8至20位数字，当前为{len_raw}位</source>
        <translation>准考证号应为8至20位数字，当前为{len_raw}位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记号应为5至30位，当前为{len_raw}位</source>
        <translation>登记号应为5至30位，当前为{len_raw}位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>行政区划代码应为6位数字：「{raw}」</source>
        <translation>行政区划代码应为6位数字：「{raw}」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>行政区划代码「{raw}」的前两位不是有效的省级代码</source>
        <translation>行政区划代码「{raw}」的前两位不是有效的省级代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>短期行医仅限{allowed}类别，不能选择「{info_name}」</source>
        <translation>短期行医仅限{allowed}类别，不能选择「{info_name}」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期限不能超过{max_years}年：结束日期最迟为 {limit}</source>
        <translation>期限不能超过{max_years}年：结束日期最迟为 {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>业务类型「{reference_kind_label_kind}」没有期限</source>
        <translation>业务类型「{reference_kind_label_kind}」没有期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}不能超过{max_length}个字符（当前{len_text}个）</source>
        <translation>{label}不能超过{max_length}个字符（当前{len_text}个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}「{raw}」不在规定的列表中：可选 {join_options}</source>
        <translation>{label}「{raw}」不在规定的列表中：可选 {join_options}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户名应为3至32个字符，当前为{len_raw}个</source>
        <translation>用户名应为3至32个字符，当前为{len_raw}个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>至少需要{password_min_length}个字符（当前{len_pw}个）</source>
        <translation>至少需要{password_min_length}个字符（当前{len_pw}个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不能超过{password_max_length}个字符</source>
        <translation>不能超过{password_max_length}个字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>需包含小写字母、大写字母、数字、符号中的至少三类，缺少：{missing}</source>
        <translation>需包含小写字母、大写字母、数字、符号中的至少三类，缺少：{missing}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码强度不足：{join_problems}</source>
        <translation>密码强度不足：{join_problems}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号中的出生日期无效：{raw}</source>
        <translation>身份证号中的出生日期无效：{raw}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号显示年龄为{age}岁，未满{min_physician_age}岁，请核对身份证号</source>
        <translation>身份证号显示年龄为{age}岁，未满{min_physician_age}岁，请核对身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号显示出生于{birth_year}年（{age}岁），不是在职医师的年龄，请核对身份证号</source>
        <translation>身份证号显示出生于{birth_year}年（{age}岁），不是在职医师的年龄，请核对身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{item}」不是{cat_name}类别的执业范围</source>
        <translation>「{item}」不是{cat_name}类别的执业范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业范围「{match_name}」重复</source>
        <translation>执业范围「{match_name}」重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只能有一个执业范围；第二个执业范围只能是可加注的范围（{cat_name}类别：{allowed}）</source>
        <translation>只能有一个执业范围；第二个执业范围只能是可加注的范围（{cat_name}类别：{allowed}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>真实有效的注册结果通知；{state}</source>
        <translation>真实有效的注册结果通知；{state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不能确认为真实通知（{why}）；{state}</source>
        <translation>不能确认为真实通知（{why}）；{state}</translation>
    </message>
</context>
<context>
    <name>reference</name>
    <message>
        <location line="-680"/>
        <source>执业医师</source>
        <translation>执业医师</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业助理医师</source>
        <translation>执业助理医师</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>临床</source>
        <translation>临床</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>临床类别</source>
        <translation>临床类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内科专业</source>
        <translation>内科专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外科专业</source>
        <translation>外科专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>妇产科专业</source>
        <translation>妇产科专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>儿科专业</source>
        <translation>儿科专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>眼耳鼻咽喉科专业</source>
        <translation>眼耳鼻咽喉科专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>皮肤病与性病专业</source>
        <translation>皮肤病与性病专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>精神卫生专业</source>
        <translation>精神卫生专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职业病专业</source>
        <translation>职业病专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医学影像和放射治疗专业</source>
        <translation>医学影像和放射治疗专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医学检验、病理专业</source>
        <translation>医学检验、病理专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全科医学专业</source>
        <translation>全科医学专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>急救医学专业</source>
        <translation>急救医学专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>康复医学专业</source>
        <translation>康复医学专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预防保健专业</source>
        <translation>预防保健专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>特种医学与军事医学专业</source>
        <translation>特种医学与军事医学专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>计划生育技术服务专业</source>
        <translation>计划生育技术服务专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重症医学专业</source>
        <translation>重症医学专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中医</source>
        <translation>中医</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中医类别（含民族医、中西医结合）</source>
        <translation>中医类别（含民族医、中西医结合）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中医专业</source>
        <translation>中医专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中西医结合专业</source>
        <translation>中西医结合专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>蒙医专业</source>
        <translation>蒙医专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>藏医专业</source>
        <translation>藏医专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>维医专业</source>
        <translation>维医专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>傣医专业</source>
        <translation>傣医专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>朝医专业</source>
        <translation>朝医专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>壮医专业</source>
        <translation>壮医专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>哈萨克医专业</source>
        <translation>哈萨克医专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>口腔</source>
        <translation>口腔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>口腔类别</source>
        <translation>口腔类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>口腔专业</source>
        <translation>口腔专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公共卫生</source>
        <translation>公共卫生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公共卫生类别</source>
        <translation>公共卫生类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公共卫生类别专业</source>
        <translation>公共卫生类别专业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册</source>
        <translation>注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>须有医师资格记录（考试中心导入或补录）</source>
        <translation>须有医师资格记录（考试中心导入或补录）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师执业注册申请审核表</source>
        <translation>医师执业注册申请审核表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>近6个月2寸白底免冠正面半身照片</source>
        <translation>近6个月2寸白底免冠正面半身照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师资格证书原件及复印件</source>
        <translation>医师资格证书原件及复印件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证明（居民身份证原件及复印件）</source>
        <translation>身份证明（居民身份证原件及复印件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>聘用证明（拟执业机构出具）</source>
        <translation>聘用证明（拟执业机构出具）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>省级以上卫生健康行政部门规定的其他材料</source>
        <translation>省级以上卫生健康行政部门规定的其他材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在省级以上卫生健康行政部门指定机构接受连续6个月以上培训（或考核）合格的证明</source>
        <translation>在省级以上卫生健康行政部门指定机构接受连续6个月以上培训（或考核）合格的证明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取得医师资格后二年以上未注册，或中止医师执业活动二年以上</source>
        <translation>取得医师资格后二年以上未注册，或中止医师执业活动二年以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>助理医师升执业医师</source>
        <translation>助理医师升执业医师</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业类别相同且主要执业机构不变；批准后原助理医师注册自动失效</source>
        <translation>执业类别相同且主要执业机构不变；批准后原助理医师注册自动失效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业医师资格证书原件及复印件</source>
        <translation>执业医师资格证书原件及复印件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原《医师执业证书》（执业助理医师）原件</source>
        <translation>原《医师执业证书》（执业助理医师）原件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主要执业机构出具的聘用证明</source>
        <translation>主要执业机构出具的聘用证明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>军队变更入地方</source>
        <translation>军队变更入地方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>军队《医师执业证书》原件</source>
        <translation>军队《医师执业证书》原件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>军队卫生部门出具的执业注册注销（转出）证明</source>
        <translation>军队卫生部门出具的执业注册注销（转出）证明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退役、转业或调离军队的证明文件</source>
        <translation>退役、转业或调离军队的证明文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地方变更到军队</source>
        <translation>地方变更到军队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师变更执业注册申请审核表</source>
        <translation>医师变更执业注册申请审核表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>《医师执业证书》原件</source>
        <translation>《医师执业证书》原件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调入军队或入伍的证明文件</source>
        <translation>调入军队或入伍的证明文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>军队医疗机构出具的接收证明</source>
        <translation>军队医疗机构出具的接收证明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更</source>
        <translation>变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更执业地点、执业类别或执业范围；更换主要执业机构须重新注册</source>
        <translation>变更执业地点、执业类别或执业范围；更换主要执业机构须重新注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>拟执业机构出具的聘用证明</source>
        <translation>拟执业机构出具的聘用证明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更执业地点</source>
        <translation>变更执业地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相应专业的培训和考核合格证明</source>
        <translation>相应专业的培训和考核合格证明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更或加注执业范围</source>
        <translation>变更或加注执业范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相应类别的医师资格证书</source>
        <translation>相应类别的医师资格证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更执业类别</source>
        <translation>变更执业类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注销</source>
        <translation>注销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人申请注销</source>
        <translation>本人申请注销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师注销注册申请表</source>
        <translation>医师注销注册申请表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人书面申请</source>
        <translation>本人书面申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>多执业机构备案</source>
        <translation>多执业机构备案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备案一个其他执业机构；主要执业机构仍为注册机构</source>
        <translation>备案一个其他执业机构；主要执业机构仍为注册机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师多机构执业备案申请表</source>
        <translation>医师多机构执业备案申请表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>拟备案执业机构同意执业的证明（合作协议或聘用协议）</source>
        <translation>拟备案执业机构同意执业的证明（合作协议或聘用协议）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>《医师执业证书》原件及复印件</source>
        <translation>《医师执业证书》原件及复印件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>多执业机构取消备案</source>
        <translation>多执业机构取消备案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消一个已备案的其他执业机构</source>
        <translation>取消一个已备案的其他执业机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师多机构执业取消备案申请表</source>
        <translation>医师多机构执业取消备案申请表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与该备案机构解除执业关系的证明</source>
        <translation>与该备案机构解除执业关系的证明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请取消“多地点执业”</source>
        <translation>申请取消“多地点执业”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一次结束全部其他执业机构</source>
        <translation>一次结束全部其他执业机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消多地点执业申请表</source>
        <translation>取消多地点执业申请表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与各备案机构解除执业关系的证明</source>
        <translation>与各备案机构解除执业关系的证明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册备案</source>
        <translation>注册备案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师进入非在册医师库；备案满二年未执业的予以注销</source>
        <translation>医师进入非在册医师库；备案满二年未执业的予以注销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师执业注册备案表（医疗机构填报，加盖公章）</source>
        <translation>医师执业注册备案表（医疗机构填报，加盖公章）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调离、退休、退职、辞退或开除的证明文件</source>
        <translation>调离、退休、退职、辞退或开除的证明文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>能够收回时</source>
        <translation>能够收回时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>经办人身份证明及单位授权委托书</source>
        <translation>经办人身份证明及单位授权委托书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注销注册</source>
        <translation>注销注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自知道或者应当知道之日起30日内报告</source>
        <translation>自知道或者应当知道之日起30日内报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师注销注册申请表（医疗机构填报，加盖公章）</source>
        <translation>医师注销注册申请表（医疗机构填报，加盖公章）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注销事由的证明材料（如死亡证明、判决书、行政处罚决定书）</source>
        <translation>注销事由的证明材料（如死亡证明、判决书、行政处罚决定书）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补录“老人”资格</source>
        <translation>补录“老人”资格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按旧规定取得、不在考试中心数据中的医师资格</source>
        <translation>按旧规定取得、不在考试中心数据中的医师资格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师资格补录申请表</source>
        <translation>医师资格补录申请表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原医师资格证书或资格认定批准文件（原件及复印件）</source>
        <translation>原医师资格证书或资格认定批准文件（原件及复印件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人事档案中的资格认定材料（加盖档案管理部门公章）</source>
        <translation>人事档案中的资格认定材料（加盖档案管理部门公章）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>港澳台医师资格认定</source>
        <translation>港澳台医师资格认定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>港澳台医师内地医师资格认定申请表</source>
        <translation>港澳台医师内地医师资格认定申请表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>港澳居民来往内地通行证或台湾居民来往大陆通行证（原件及复印件）</source>
        <translation>港澳居民来往内地通行证或台湾居民来往大陆通行证（原件及复印件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医学专业学历证书（经公证）</source>
        <translation>医学专业学历证书（经公证）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>港澳台地区医师执业注册（执照）证明</source>
        <translation>港澳台地区医师执业注册（执照）证明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业经历证明</source>
        <translation>执业经历证明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>县级以上医疗机构出具的健康证明</source>
        <translation>县级以上医疗机构出具的健康证明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>港澳台医师短期行医</source>
        <translation>港澳台医师短期行医</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期限最长3年，期满可申请延期；限临床、中医、口腔类别</source>
        <translation>期限最长3年，期满可申请延期；限临床、中医、口腔类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>港澳台医师在内地短期行医执业注册申请表</source>
        <translation>港澳台医师在内地短期行医执业注册申请表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>港澳台地区合法行医资格证明（经公证）</source>
        <translation>港澳台地区合法行医资格证明（经公证）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内地聘用医疗机构的同意证明及合作协议</source>
        <translation>内地聘用医疗机构的同意证明及合作协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>近三个月内县级以上医疗机构出具的健康证明</source>
        <translation>近三个月内县级以上医疗机构出具的健康证明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原《港澳台医师短期行医执业证书》</source>
        <translation>原《港澳台医师短期行医执业证书》</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期满申请延期</source>
        <translation>期满申请延期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外国医师短期行医</source>
        <translation>外国医师短期行医</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期限最长1年，期满可申请延期；须由具有独立法人资格的中国医疗机构邀请；限临床、中医、口腔类别</source>
        <translation>期限最长1年，期满可申请延期；须由具有独立法人资格的中国医疗机构邀请；限临床、中医、口腔类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外国医师来华短期行医注册申请表</source>
        <translation>外国医师来华短期行医注册申请表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有效护照（原件及复印件）</source>
        <translation>有效护照（原件及复印件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外国医师执业资格证明（经公证认证，附中文译本）</source>
        <translation>外国医师执业资格证明（经公证认证，附中文译本）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>邀请或聘用单位（具有独立法人资格的中国医疗机构）的邀请函及合作协议</source>
        <translation>邀请或聘用单位（具有独立法人资格的中国医疗机构）的邀请函及合作协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原《外国医师短期行医许可证》</source>
        <translation>原《外国医师短期行医许可证》</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口注册</source>
        <translation>窗口注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>卫健委窗口直接办理注册</source>
        <translation>卫健委窗口直接办理注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口变更</source>
        <translation>窗口变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>卫健委窗口直接办理变更</source>
        <translation>卫健委窗口直接办理变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口注销</source>
        <translation>窗口注销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>卫健委窗口直接办理注销</source>
        <translation>卫健委窗口直接办理注销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注销事由的证明材料（本人申请的，提交本人书面申请）</source>
        <translation>注销事由的证明材料（本人申请的，提交本人书面申请）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请人或经办人身份证明</source>
        <translation>申请人或经办人身份证明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>草稿</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待机构确认</source>
        <translation>待机构确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待卫健委审核</source>
        <translation>待卫健委审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已批准</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已驳回</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予注册</source>
        <translation>不予注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退回补正</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已撤回</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调离</source>
        <translation>调离</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退休</source>
        <translation>退休</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退职</source>
        <translation>退职</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被辞退</source>
        <translation>被辞退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被开除</source>
        <translation>被开除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>死亡或者被宣告失踪</source>
        <translation>死亡或者被宣告失踪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受刑事处罚</source>
        <translation>受刑事处罚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受吊销《医师执业证书》行政处罚</source>
        <translation>受吊销《医师执业证书》行政处罚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师定期考核不合格，暂停执业活动期满再次考核仍不合格</source>
        <translation>医师定期考核不合格，暂停执业活动期满再次考核仍不合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>连续两个考核周期未参加医师定期考核</source>
        <translation>连续两个考核周期未参加医师定期考核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中止医师执业活动满二年</source>
        <translation>中止医师执业活动满二年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身体健康状况不适宜继续执业</source>
        <translation>身体健康状况不适宜继续执业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出借、出租、抵押、转让、涂改《医师执业证书》</source>
        <translation>出借、出租、抵押、转让、涂改《医师执业证书》</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在医师资格考试中参与有组织作弊</source>
        <translation>在医师资格考试中参与有组织作弊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人主动申请</source>
        <translation>本人主动申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国家卫生健康委规定不宜从事医疗、预防、保健业务的其他情形</source>
        <translation>国家卫生健康委规定不宜从事医疗、预防、保健业务的其他情形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无民事行为能力或者限制民事行为能力</source>
        <translation>无民事行为能力或者限制民事行为能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受刑事处罚，刑罚执行完毕不满二年或者被依法禁止从事医师职业的期限未满</source>
        <translation>受刑事处罚，刑罚执行完毕不满二年或者被依法禁止从事医师职业的期限未满</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被吊销医师执业证书不满二年</source>
        <translation>被吊销医师执业证书不满二年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>因医师定期考核不合格被注销注册不满一年</source>
        <translation>因医师定期考核不合格被注销注册不满一年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法律、行政法规规定不得从事医疗卫生服务的其他情形</source>
        <translation>法律、行政法规规定不得从事医疗卫生服务的其他情形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>材料不全</source>
        <translation>材料不全</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>照片不合格</source>
        <translation>照片不合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>信息填写有误</source>
        <translation>信息填写有误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>聘用证明缺失</source>
        <translation>聘用证明缺失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全国</source>
        <translation>全国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>北京市</source>
        <translation>北京市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>天津市</source>
        <translation>天津市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>河北省</source>
        <translation>河北省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>山西省</source>
        <translation>山西省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内蒙古自治区</source>
        <translation>内蒙古自治区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>辽宁省</source>
        <translation>辽宁省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>吉林省</source>
        <translation>吉林省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>黑龙江省</source>
        <translation>黑龙江省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上海市</source>
        <translation>上海市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>江苏省</source>
        <translation>江苏省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>浙江省</source>
        <translation>浙江省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>安徽省</source>
        <translation>安徽省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>福建省</source>
        <translation>福建省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>江西省</source>
        <translation>江西省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>山东省</source>
        <translation>山东省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>河南省</source>
        <translation>河南省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>湖北省</source>
        <translation>湖北省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>湖南省</source>
        <translation>湖南省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省</source>
        <translation>广东省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广西壮族自治区</source>
        <translation>广西壮族自治区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>海南省</source>
        <translation>海南省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重庆市</source>
        <translation>重庆市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>四川省</source>
        <translation>四川省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>贵州省</source>
        <translation>贵州省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>云南省</source>
        <translation>云南省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>西藏自治区</source>
        <translation>西藏自治区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>陕西省</source>
        <translation>陕西省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>甘肃省</source>
        <translation>甘肃省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>青海省</source>
        <translation>青海省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>宁夏回族自治区</source>
        <translation>宁夏回族自治区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新疆维吾尔自治区</source>
        <translation>新疆维吾尔自治区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>台湾省</source>
        <translation>台湾省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>香港特别行政区</source>
        <translation>香港特别行政区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>澳门特别行政区</source>
        <translation>澳门特别行政区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>东城区</source>
        <translation>东城区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>北京市东城区</source>
        <translation>北京市东城区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>西城区</source>
        <translation>西城区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>北京市西城区</source>
        <translation>北京市西城区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>朝阳区</source>
        <translation>朝阳区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>北京市朝阳区</source>
        <translation>北京市朝阳区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>海淀区</source>
        <translation>海淀区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>北京市海淀区</source>
        <translation>北京市海淀区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广州市</source>
        <translation>广州市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省广州市</source>
        <translation>广东省广州市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>荔湾区</source>
        <translation>荔湾区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省广州市荔湾区</source>
        <translation>广东省广州市荔湾区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>越秀区</source>
        <translation>越秀区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省广州市越秀区</source>
        <translation>广东省广州市越秀区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>海珠区</source>
        <translation>海珠区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省广州市海珠区</source>
        <translation>广东省广州市海珠区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>天河区</source>
        <translation>天河区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省广州市天河区</source>
        <translation>广东省广州市天河区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>白云区</source>
        <translation>白云区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省广州市白云区</source>
        <translation>广东省广州市白云区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>深圳市</source>
        <translation>深圳市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省深圳市</source>
        <translation>广东省深圳市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>罗湖区</source>
        <translation>罗湖区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省深圳市罗湖区</source>
        <translation>广东省深圳市罗湖区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>福田区</source>
        <translation>福田区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省深圳市福田区</source>
        <translation>广东省深圳市福田区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>南山区</source>
        <translation>南山区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省深圳市南山区</source>
        <translation>广东省深圳市南山区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>佛山市</source>
        <translation>佛山市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省佛山市</source>
        <translation>广东省佛山市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>禅城区</source>
        <translation>禅城区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>广东省佛山市禅城区</source>
        <translation>广东省佛山市禅城区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业机构</source>
        <translation>执业机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>邀请机构</source>
        <translation>邀请机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册记录</source>
        <translation>注册记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师级别</source>
        <translation>医师级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业类别</source>
        <translation>执业类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业范围</source>
        <translation>执业范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业地点</source>
        <translation>执业地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生效日期</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期限开始日期</source>
        <translation>期限开始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期限结束日期</source>
        <translation>期限结束日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证件号码</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证件类型</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生日期</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国籍或地区</source>
        <translation>国籍或地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师资格证书编码</source>
        <translation>医师资格证书编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资格取得日期</source>
        <translation>资格取得日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居民身份证</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>港澳台居民往来通行证</source>
        <translation>港澳台居民往来通行证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>护照</source>
        <translation>护照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>香港</source>
        <translation>香港</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>澳门</source>
        <translation>澳门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>台湾</source>
        <translation>台湾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存草稿</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提交申请</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机构申请</source>
        <translation>机构申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口受理</source>
        <translation>窗口受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改申请内容</source>
        <translation>修改申请内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新提交</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机构确认</source>
        <translation>机构确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批准</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予批准</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>撤回</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>认领</source>
        <translation>认领</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>释放认领</source>
        <translation>释放认领</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记纸质材料</source>
        <translation>登记纸质材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>准予注册</source>
        <translation>准予注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纸质材料清单</source>
        <translation>纸质材料清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册结果通知</source>
        <translation>注册结果通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医师</source>
        <translation>医师</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医疗机构</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>卫生健康委</source>
        <translation>卫生健康委</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已注册</source>
        <translation>已注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>非在册（已备案）</source>
        <translation>非在册（已备案）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已注销</source>
        <translation>已注销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未注册</source>
        <translation>未注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有效</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已取消</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主执业</source>
        <translation>主执业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>多机构备案</source>
        <translation>多机构备案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请中</source>
        <translation>申请中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考试中心导入</source>
        <translation>考试中心导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补录</source>
        <translation>补录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>港澳台资格认定</source>
        <translation>港澳台资格认定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口录入</source>
        <translation>窗口录入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>准考证号</source>
        <translation>准考证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>级别</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发证日期</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>《医疗机构执业许可证》正本及复印件</source>
        <translation>《医疗机构执业许可证》正本及复印件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>授权委托书</source>
        <translation>授权委托书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被委托人身份证</source>
        <translation>被委托人身份证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>学历</source>
        <translation>学历</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>毕业院校</source>
        <translation>毕业院校</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>任职资格</source>
        <translation>任职资格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>科室</source>
        <translation>科室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>照片</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待审核</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已同意</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未同意</source>
        <translation>未同意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已被新申请替代</source>
        <translation>已被新申请替代</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业证书编号</source>
        <translation>执业证书编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业机构登记号</source>
        <translation>执业机构登记号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发证机关</source>
        <translation>发证机关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册日期</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有效期至</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机构名称</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记号</source>
        <translation>登记号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法定代表人</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主要负责人</source>
        <translation>主要负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>诊疗科目</source>
        <translation>诊疗科目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所在地区</source>
        <translation>所在地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审批机关</source>
        <translation>审批机关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>执业许可证有效期限</source>
        <translation>执业许可证有效期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>男</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>女</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本机没有可用的系统密码库（钥匙串），无法记住用户名和密码；下次登录请重新输入</source>
        <translation>本机没有可用的系统密码库（钥匙串），无法记住用户名和密码；下次登录请重新输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小写字母</source>
        <translation>小写字母</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大写字母</source>
        <translation>大写字母</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数字</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>符号</source>
        <translation>符号</translation>
    </message>
</context>
</TS>
