"""Demo data for the feedback ledger at the source county's scale: a county symposium that collected
31 items, three rounds of symposiums in each 政法 unit, 走访 of 3618 people, a 征求意见函, 卷宗评查 of
5127 files, 民主生活会, hotline, 督导反馈 and talks — 133 consolidated suggestions (plus duplicates merged
into them), most closed by `ctx.today`, some in progress, a few overdue, two not adopted.

Everything is written with bulk inserts; only `ctx.rng` and `ctx.today` decide what is made.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.store import settings
from app.store.base import new_uuid, now
from app.feedback.models import EventParticipant, FeedbackEvent, Suggestion, SuggestionHistory
from app.roster.models import Officer, Unit

CONSOLIDATED = 133
OFFICE_CLERK = "刘敏"  # the 教整办 clerk of the demo settings

# (unit kind, category, content, measure). {town} and {unit} are filled in per use.
PUBLIC = [
    ("法院", "执法司法规范", "部分民事案件审理周期偏长，当事人多次询问进度得不到明确答复，建议加强审限管理并及时告知案件进展。",
     "开展超审限、长期未结案件专项清理，建立案件节点短信告知机制，每月通报审限情况。"),
    ("法院", "执法司法规范", "执行案件执行款发放不及时，有的案款到账后一个多月才发放，建议规范案款管理。",
     "开展执行案款专项清理，案款到账后15个工作日内发放，逾期说明原因并纳入考核。"),
    ("法院", "服务群众", "立案窗口排队时间长，网上立案操作复杂，老年当事人不会使用，建议增加导诉服务。",
     "诉讼服务中心增设导诉志愿岗，开通跨域立案和电话预约立案，编印网上立案操作指引。"),
    ("法院", "营商环境", "涉企案件财产保全担保成本高，中小企业负担重，建议探索降低保全成本的办法。",
     "联合县财政局和担保公司实施财产保全担保方式改革，设立财政风险补偿专项资金1000万元，降低企业诉讼成本。"),
    ("法院", "纪律作风", "个别法官庭审时接打电话、态度生硬，打断当事人陈述，建议规范庭审礼仪。",
     "开展庭审作风专项检查，随机抽查庭审录像，检查结果与绩效考核挂钩。"),
    ("法院", "违反“三个规定”", "群众反映个别审判人员与案件当事人的代理律师私下吃饭，希望严格执行防止干预司法“三个规定”。",
     "开展“三个规定”专项整治，全员签订承诺书，建立与律师接触交往记录报告制度，对反映问题逐件核查。"),
    ("法院", "违规办理减刑假释暂予监外执行", "建议减刑、假释案件全部公开开庭审理，并在网上公示裁定书，接受社会监督。",
     "减刑假释案件全部在信息化办案平台公示，对职务犯罪、涉黑涉恶等重点罪犯的减刑假释案件一律开庭审理。"),
    ("法院", "离任法官检察官违规从事律师职业", "有离任法官以律师身份回原单位代理案件，群众对公正性有顾虑，建议严格落实任职回避规定。",
     "对离任人员从事律师职业情况全面清查，建立离任人员从业登记和回避审查机制。"),
    ("法院", "执法司法规范", "裁判文书说理不够充分，当事人看不懂判决理由，建议加强裁判文书释法说理。",
     "开展裁判文书评查，制定释法说理指引，每季度评选优秀裁判文书。"),
    ("法院", "执法司法规范", "执行中对被执行人财产查控不及时，申请人认为执行不力，建议加大执行力度。",
     "运用网络查控系统对执行案件全面查控，开展集中执行行动，对规避执行行为依法惩戒。"),
    ("法院", "服务群众", "希望法院通过短信、微信告知开庭时间，减少群众来回跑。",
     "推行电子送达和开庭短信提醒，当事人可通过移动微法院查询案件进度。"),
    ("法院", "违规参股借贷", "建议排查审判执行人员与当事人之间有无借贷往来。",
     "开展干警违规参股借贷专项排查，对审判执行人员个人事项逐人申报核查。"),
    ("法院", "服务群众", "家事纠纷案件调解工作不够细，建议引入妇联、村委会等力量参与调解。",
     "与县妇联建立家事纠纷联合调解机制，在人民法庭设立家事调解室。"),
    ("检察院", "有案不立、压案不查、有罪不究", "有当事人反映向公安机关报案后长期未立案，希望检察机关加强立案监督。",
     "开展立案监督专项活动，对群众反映的不立案线索逐件审查，依法要求说明不立案理由。"),
    ("检察院", "执法司法规范", "控告申诉案件答复不及时，来信来访群众等待时间长，建议落实“群众信访件件有回复”。",
     "严格落实7日内程序回复、3个月内办理过程或结果答复制度，建立信访台账逐件销号。"),
    ("检察院", "违规办理减刑假释暂予监外执行", "暂予监外执行罪犯病情复查流于形式，建议加强对社区矫正的法律监督。",
     "对全县暂予监外执行罪犯逐人开展病情复查监督，与县司法局建立信息共享机制。"),
    ("检察院", "服务群众", "希望检察机关多到企业、社区开展法治宣传，讲讲身边的典型案例。",
     "组建检察官宣讲团，到企业、社区、学校开展“检察开放日”和以案释法活动。"),
    ("检察院", "营商环境", "涉企刑事案件办理中希望慎用羁押和查封措施，减少对企业正常经营的影响。",
     "落实少捕慎诉慎押刑事司法政策，对涉企案件开展羁押必要性审查，建立涉企案件风险评估机制。"),
    ("检察院", "纪律作风", "个别检察干警接待律师阅卷时推诿，阅卷预约难，建议保障律师执业权利。",
     "开通律师阅卷网上预约，实行电子卷宗当日复制，对阻碍律师执业权利的行为严肃追责。"),
    ("检察院", "违反“三个规定”", "建议对检察人员过问案件情况实行全程留痕，定期通报。",
     "落实“逢问必录”，每月汇总，每季度向县委政法委报送，没有记录事项的也须零报告。"),
    ("检察院", "执法司法规范", "公益诉讼办案中发现的问题整改跟踪不够，建议加强诉前检察建议落实情况回访。",
     "建立检察建议落实情况跟踪回访台账，对未按期整改的依法提起公益诉讼。"),
    ("检察院", "执法司法规范", "建议检察机关对看守所在押人员权利保障加强监督。",
     "开展看守所巡回检察，对羁押期限、在押人员权利保障情况逐项检查。"),
    ("检察院", "违规经商办企业", "建议对检察人员配偶子女经商办企业情况进行排查。",
     "组织检察人员及其配偶子女经商办企业情况填报核查，规范任职回避。"),
    ("检察院", "服务群众", "未成年人案件办理中对被害人心理疏导不够，建议引入专业力量。",
     "与县团委、教育局共建未成年人司法保护中心，聘请心理咨询师参与办案。"),
    ("公安局", "服务群众", "派出所办理户籍、身份证业务要求材料多，群众来回跑，建议推行“一次办好”。",
     "公布户籍业务办事指南和材料清单，推行“一窗通办”和预约上门服务，为特殊群体上门办证。"),
    ("公安局", "执法司法规范", "报警后出警较慢，有的案件受理后没有回告，建议落实接报案回告制度。",
     "严格执行接报案登记和受案回执制度，110警情实行回访，每月通报出警时长。"),
    ("公安局", "服务群众", "电信诈骗案件多发，老年人容易上当，建议加强反诈宣传。",
     "开展反诈宣传“进村入户”行动，印发反诈宣传单14万份，推广国家反诈中心APP。"),
    ("公安局", "纪律作风", "个别民警执法时语言不规范、态度生硬，建议加强执法规范化培训。",
     "开展执法规范化轮训和执法记录仪使用检查，对群众投诉问题逐件核查回访。"),
    ("公安局", "违规经商办企业", "反映个别民警亲属开办娱乐场所，担心存在利用职务之便提供保护的问题。",
     "将反映线索移交线索组核查，全面排查民警及其亲属经商办企业情况，建立报告备案制度。"),
    ("公安局", "违规参股借贷", "有群众反映个别干警参与民间借贷收取高息，建议开展排查。",
     "开展违规参股借贷专项排查，干警逐人填报并作出承诺，对发现的问题依规处理。"),
    ("公安局", "服务群众", "学校周边上下学时段交通拥堵，存在安全隐患，希望加强护学岗建设。",
     "在县城中小学设立“护学岗”，上下学高峰时段警力全覆盖，整治校园周边交通秩序。"),
    ("公安局", "营商环境", "开发区企业反映周边治安状况需要加强，希望建立警企联系机制。",
     "开展“百警进百企”活动，为重点企业配备联络民警，设立开发区警务工作站。"),
    ("公安局", "执法司法规范", "交通事故处理周期长，责任认定书出具慢，建议提高办案效率。",
     "推行轻微交通事故快处快赔，规范事故认定时限，建立超期案件预警。"),
    ("公安局", "队伍建设", "基层派出所警力不足，一人多岗现象普遍，建议优化警力配置。",
     "推进警力下沉，机关警力向基层所队倾斜，补充辅警力量。"),
    ("公安局", "违反“三个规定”", "有群众反映案件办理中有人打招呼说情，希望公安机关对过问案件情况如实记录。",
     "建立过问案件登记台账，每月报告，没有记录事项的零报告，对说情打招呼一律登记备查。"),
    ("公安局", "有案不立、压案不查、有罪不究", "建议对受案不立案、立案不侦查的案件开展专项清理。",
     "开展受立案专项清理，对已受案未立案、立案未侦查案件逐案过筛，限期办结。"),
    ("公安局", "执法司法规范", "涉案财物保管不规范，案件办结后返还被害人财物不及时。",
     "启用涉案财物管理中心，开展涉案财物专项清理，对应返还的财物限期返还。"),
    ("司法局", "服务群众", "法律援助申请材料多、审批时间长，困难群众获取援助不方便。",
     "简化法律援助申请材料，推行经济困难状况承诺制，开通农民工讨薪法律援助绿色通道。"),
    ("司法局", "服务群众", "司法所调解力量薄弱，邻里纠纷、山林权属纠纷调处不及时。",
     "充实人民调解员队伍，建立重大疑难纠纷联合调处机制，开展矛盾纠纷排查化解专项行动。"),
    ("司法局", "违规办理减刑假释暂予监外执行", "社区矫正对象外出请假审批不严，监管存在漏洞，建议加强管控。",
     "开展社区矫正对象全面排查，规范请销假审批，启用电子定位监管。"),
    ("司法局", "营商环境", "企业劳动争议纠纷较多，希望提供法律风险提示和培训。",
     "编印《企业防范经营风险法律风险提示》发给企业，到开发区开展企业劳动争议专题讲座。"),
    ("司法局", "服务群众", "农村群众法律意识不强，希望多开展送法下乡活动。",
     "开展送法进乡村、进企业、进学校、进社区活动，为企业开展法律知识讲座，发放法律知识读本。"),
    ("司法局", "执法司法规范", "公证办理时间长、收费标准不够公开，建议公开办证流程和收费标准。",
     "在公证处大厅和网站公示办证流程、时限和收费标准，推行公证“最多跑一次”。"),
    ("司法局", "离任法官检察官违规从事律师职业", "建议司法行政机关加强对律师事务所的监管，防止离任人员违规代理原单位案件。",
     "对全县律师事务所开展执业检查，建立离任法官检察官从业信息共享和预警机制。"),
    ("司法局", "纪律作风", "个别律师存在违规收案、私下收费现象，建议加强律师行业监管。",
     "开展律师行业突出问题专项治理，公开投诉渠道，对违规执业行为依法查处。"),
    ("司法局", "队伍建设", "司法所人员少、任务重，建议充实基层司法所力量。",
     "通过招录、选调和购买服务等方式充实司法所工作力量，每所配备专职人民调解员。"),
    ("司法局", "违反“三个规定”", "建议把“三个规定”纳入律师执业培训内容，规范律师与司法人员交往。",
     "将“三个规定”纳入律师年度执业培训，组织律师签订规范交往承诺书。"),
    ("政法委", "队伍建设", "建议加强政法干警业务培训，特别是年轻干警做群众工作的能力。",
     "制定政法干警教育培训计划，开展岗位练兵和“师带徒”活动，安排年轻干警下基层锻炼。"),
    ("政法委", "纪律作风", "希望政法机关公开监督举报渠道，让群众反映问题有门。",
     "统一公布教育整顿举报电话、信箱和网上举报平台，实行举报线索登记、分办、督办和反馈。"),
    ("政法委", "执法司法规范", "涉法涉诉信访案件化解难，建议建立联席会议机制。",
     "建立涉法涉诉信访联席会议制度，对重点信访案件实行领导包案、逐案化解。"),
    ("政法委", "服务群众", "综治中心接待群众的时间不固定，群众找不到人。",
     "每天安排一名政法干部在县综治中心接待群众，公布接待时间和联系电话。"),
    ("政法委", "队伍建设", "建议选树宣传身边的政法英模，增强群众对政法队伍的认同。",
     "开展“最美政法干警”评选，举办英模报告会，在融媒体中心开设“教育整顿进行时”专栏。"),
    ("政法委", "违反“三个规定”", "建议对领导干部干预司法活动、插手具体案件的记录情况定期通报。",
     "建立“三个规定”季度报告和通报制度，各单位按季度报送记录情况，零报告也须报送。"),
    ("政法委", "其他", "建议教育整顿成果向社会公开，接受群众评议。",
     "两次向社会通报教育整顿工作情况，召开新闻发布会，邀请群众代表参与评议。"),
    ("政法委", "营商环境", "建议政法各单位出台优化营商环境的具体措施并公开承诺。",
     "督导政法各单位制定优化营商环境工作清单和任务清单，出台措施并向社会公开承诺。"),
    ("政法委", "服务群众", "见义勇为人员的褒奖和保障落实不到位。",
     "建立见义勇为人物台账，开展走访慰问，落实见义勇为褒奖保障机制。"),
    ("政法委", "其他", "建议建立教育整顿“回头看”机制，防止问题反弹。",
     "对教育整顿“四项任务”“三个环节”完成情况开展“回头看”，对整改不到位的挂牌督办。"),
]
TOWN = [
    ("法院", "服务群众", "{town}离人民法庭较远，群众打官司不便，建议开展巡回审判。",
     "在{town}设立巡回审判点，每月定期开庭并开展法律咨询。"),
    ("法院", "执法司法规范", "{town}群众反映土地承包经营纠纷案件审理慢，影响春耕生产。",
     "对{town}涉农纠纷案件开辟快审通道，就地开庭、就地调解。"),
    ("公安局", "有案不立、压案不查、有罪不究", "{town}群众反映被盗案件报案后迟迟未立案，希望公安机关依法受理。",
     "对{town}反映的案件依法受立案并开展侦查，同时开展受立案专项检查，纠正不及时立案问题。"),
    ("公安局", "服务群众", "{town}农村地区治安防控薄弱，建议推进“平安乡村·智能看家”建设。",
     "在{town}推进“平安乡村·智能看家”平台建设，新增视频监控点位，推行社会治安保险。"),
    ("公安局", "服务群众", "{town}部分村组路灯、监控不足，夜间治安让群众担心，希望增加巡逻。",
     "调整{town}夜间巡逻路线，联合乡镇增设监控点位，组织群防群治力量开展夜巡。"),
    ("司法局", "服务群众", "{town}村级法律顾问很少到村服务，群众咨询不便。",
     "落实{town}“一村一法律顾问”，公布法律顾问联系方式，每月至少到村服务一次。"),
    ("司法局", "服务群众", "{town}司法所调解室设施简陋，调解工作缺少场所。",
     "为{town}司法所改造标准化调解室，配齐录音录像设备。"),
    ("检察院", "服务群众", "{town}留守儿童多，希望检察机关开展法治进校园活动。",
     "检察官担任{town}中小学法治副校长，每学期开展法治课。"),
]
PER_UNIT = [
    ("服务群众", "{unit}办事窗口中午和周末不办公，上班族办事不便，建议推行错时延时服务。",
     "{unit}实行午间和周末轮值服务，公布预约电话。"),
    ("纪律作风", "{unit}个别干警接待群众时“门难进、脸难看、事难办”，建议开展作风整顿。",
     "{unit}开展窗口作风专项整治，设置服务评价器，群众评价结果纳入考核。"),
    ("执法司法规范", "{unit}执法办案信息公开不够，当事人查询案件进展的渠道少。",
     "{unit}开通案件信息查询电话和网上查询渠道，主动推送办案节点信息。"),
    ("队伍建设", "建议{unit}加强干警职业道德教育，树立良好形象。",
     "{unit}开展职业道德和警示教育，组织观看警示教育片，签订廉洁承诺。"),
    ("违反“三个规定”", "建议{unit}公开“三个规定”记录报告情况，接受社会监督。",
     "{unit}每季度汇总“三个规定”记录报告情况并在单位内通报，向县委政法委报送。"),
    ("服务群众", "{unit}门户网站和公众号信息更新慢，办事指南不全。",
     "{unit}更新办事指南，指定专人维护门户网站和微信公众号。"),
]
REJECTED = [
    ("法院", "其他", "建议法院对所有民事案件一律免收诉讼费。",
     "诉讼费用按国务院《诉讼费用交纳办法》交纳，法院无权一律免收；对确有困难的当事人，已依法落实诉讼费缓交、减交、免交。"),
    ("公安局", "其他", "建议取消交通违法罚款，一律改为批评教育。",
     "交通违法处罚依据《道路交通安全法》执行，不能取消；对首次轻微交通违法已推行“首违警告”，以教育为主。"),
]
REVIEW = [  # 卷宗评查 findings
    ("法院", "执法司法规范", "卷宗评查发现部分案件送达程序不规范，送达回证填写不全。",
     "组织送达程序专题培训，建立送达回证审核环节，对评查发现的问题逐案整改。"),
    ("法院", "有案不立、压案不查、有罪不究", "卷宗评查发现个别案件存在不当不予受理的情形。",
     "对不予受理裁定逐件复查，落实立案登记制，对不当不予受理的依法纠正。"),
    ("检察院", "执法司法规范", "卷宗评查发现部分不起诉案件说理不充分，不起诉决定书未及时公开。",
     "规范不起诉决定书释法说理，依法在案件信息公开网公开。"),
    ("检察院", "违规办理减刑假释暂予监外执行", "卷宗评查发现个别减刑案件检察监督意见不具体。",
     "规范减刑假释案件检察监督意见书，实行同步监督和逐案审查。"),
    ("公安局", "执法司法规范", "卷宗评查发现部分行政案件证据收集不全，询问笔录不规范。",
     "开展行政案件证据规范培训，法制大队对评查发现的问题逐案跟踪整改。"),
    ("公安局", "有案不立、压案不查、有罪不究", "卷宗评查发现个别刑事案件久侦不结，未按期移送审查起诉。",
     "建立刑事案件久侦不结预警机制，逐案明确办结时限。"),
]
SUPERVISION = [  # 督导反馈
    ("政法委", "队伍建设", "督导组反馈：个别单位学习教育存在以会代学现象，学习笔记不完整。",
     "开展学习笔记检查，专案人员补学、病休人员送学，对学习不到位的单位通报。"),
    ("政法委", "纪律作风", "督导组反馈：谈心谈话记录过于简单，问题查摆不深入。",
     "统一使用谈心谈话表，重新开展第三轮谈心谈话并记录存档。"),
    ("公安局", "违反“三个规定”", "督导组反馈：“三个规定”记录报告中零报告偏多，存在记录不实的问题。",
     "开展“三个规定”记录报告专项检查，对该记未记的严肃追责。"),
    ("法院", "违规经商办企业", "督导组反馈：违规经商办企业排查不够深入，个别填报信息与核查结果不符。",
     "对填报信息与核查结果不符的逐人核实，重新组织填报并建立动态更新机制。"),
]
INTERNAL = [  # 民主生活会/组织生活会, one per unit
    ("司法局", "队伍建设", "组织生活会上有干警提出：业务学习时间难保证，建议固定每周学习日。",
     "确定每周五下午为集中学习时间，建立学习考勤制度。"),
    ("检察院", "队伍建设", "民主生活会提出：对年轻干警的传帮带不够。",
     "实施青年检察官导师制，为每名年轻干警确定一名业务导师。"),
    ("公安局", "纪律作风", "民主生活会提出：个别部门存在“慵懒散”现象，工作推诿。",
     "开展作风纪律专项督察，建立首问负责制和限时办结制。"),
    ("法院", "队伍建设", "组织生活会上干警反映：办案压力大，人案矛盾突出，建议优化内部考核。",
     "优化审判绩效考核办法，推进繁简分流，为员额法官配齐审判辅助人员。"),
    ("政法委", "执法司法规范", "民主生活会提出：执法监督工作存在“重检查轻整改”问题。",
     "建立执法监督问题整改台账，实行问题清单、整改清单、责任清单管理，逐项销号。"),
]
TALKS = [  # raised in 谈心谈话
    ("公安局", "队伍建设", "干警在谈心谈话中反映：辅警待遇偏低、流动性大，影响基层工作。",
     "协调县人社局、财政局研究提高辅警待遇，完善辅警层级晋升办法。"),
    ("法院", "队伍建设", "干警在谈心谈话中反映：书记员队伍不稳定，审判辅助工作压力大。",
     "推进聘用制书记员统一招录管理，完善薪酬保障。"),
    ("司法局", "服务群众", "干警在谈心谈话中建议：为行动不便的老人上门办理法律援助和公证。",
     "推行法律援助和公证“上门办”，为特殊群体开通绿色通道。"),
]
EVIDENCE = ("整改工作方案及落实台账", "制度文件及印发通知", "会议纪要、培训签到表", "现场照片及回访记录",
            "专项检查报告", "整改情况报告（盖章）")
PROGRESS_OPEN = ("已制定整改方案，正在推进落实。", "已完成排查，正在逐项整改。", "已召开专题会议研究，相关制度正在起草。",
                 "已完成大部分工作，剩余事项正在协调。")


@dataclass
class Problem:
    unit_kind: str
    category: str
    content: str
    measure: str
    rejection: str = ""


@dataclass
class Item:
    problem: Problem
    event: dict | None
    channel: str
    collected_on: dt.date
    submitter_name: str = ""
    submitter_category: str = ""
    contact: str = ""
    anonymous: bool = False
    duplicate_of: "Item | None" = None
    record: dict = field(default_factory=dict)


def _problems(rng, units_by_kind: dict, towns) -> dict[str, list[Problem]]:
    """Distinct public problems, grouped by the kind of unit that must fix them, shuffled."""
    pool: dict[str, list[Problem]] = {kind: [] for kind in units_by_kind}
    for kind, category, content, measure in PUBLIC:
        pool[kind].append(Problem(kind, category, content, measure))
    for kind, category, content, measure in TOWN:
        for town in rng.sample(list(towns), 4):
            pool[kind].append(Problem(kind, category, content.format(town=town), measure.format(town=town)))
    for kind, unit in units_by_kind.items():
        name = unit.short_name or unit.name
        for category, content, measure in PER_UNIT:
            pool[kind].append(Problem(kind, category, content.format(unit=name), measure.format(unit=name)))
    for items in pool.values():
        rng.shuffle(items)
    return pool


def _draw(pool: dict[str, list[Problem]], kind: str | None, rng) -> Problem:
    if kind and pool.get(kind):
        return pool[kind].pop()
    kinds = [k for k, items in pool.items() if items]
    return pool[rng.choice(kinds)].pop()


def populate(ctx) -> None:
    from app.roster.demo import TOWNS

    rng, today = ctx.rng, ctx.today
    start = ctx.campaign_start
    units = list(Unit.select().order_by(Unit.sort_order))
    units_by_kind = {u.kind: u for u in units}
    if not units_by_kind:
        return
    officers_by_unit = ctx.facts.get("officers_by_unit") or {
        u.name: list(Officer.alive().where(Officer.unit == u)) for u in units}
    leaders = {u.kind: [o.name for o in officers_by_unit.get(u.name, []) if o.leadership == "班子成员"] or ["（待定）"]
               for u in units}
    heads = {u.kind: [o.name for o in officers_by_unit.get(u.name, []) if o.is_department_head] or ["（待定）"]
             for u in units}
    staff = {u.kind: [o.name for o in officers_by_unit.get(u.name, [])] for u in units}
    office_staff = [o.name for o in officers_by_unit.get(units_by_kind.get("政法委", units[0]).name, [])
                    if o.leadership or o.is_department_head][:3] or [OFFICE_CLERK]

    def day(n: int) -> dt.date:
        return min(today, start + dt.timedelta(days=n))

    pool = _problems(rng, units_by_kind, TOWNS)
    events: list[dict] = []
    items: list[Item] = []

    def event(kind, title, n_day, place, organiser_kind, participants=None, reviewed=0, notes=""):
        record = dict(kind=kind, title=title, held_on=day(n_day), place=place,
                      organiser=units_by_kind.get(organiser_kind), reviewed_files=reviewed, notes=notes,
                      participants=participants or {})
        events.append(record)
        return record

    def person_phone() -> str:
        return f"1{rng.choice('35789')}{rng.randint(0, 999999999):09d}" if rng.random() < 0.7 else ""

    def public_items(ev, count, kind, categories, anonymous_share=0.0):
        for _ in range(count):
            problem = _draw(pool, kind, rng)
            anonymous = rng.random() < anonymous_share
            items.append(Item(problem, ev, ev["kind"], ev["held_on"],
                              submitter_name="" if anonymous else ctx.person_name(),
                              submitter_category=rng.choice(categories), contact="" if anonymous else person_phone(),
                              anonymous=anonymous))

    county = settings.get("county")
    symposium_people = {"人大代表": 5, "政协委员": 5, "企业家代表": 6, "律师代表": 4, "人民陪审员": 3,
                        "特约监督员": 3, "案件当事人": 2, "群众": 4, "媒体": 2}
    ev = event("座谈会", f"{county}政法队伍教育整顿征求意见座谈会", 12, "县委政法委三楼会议室", "政法委",
               symposium_people, notes="县委政法委常务副书记主持，邀请人大代表、政协委员、企业家代表、律师代表、"
                                       "案件当事人代表等参加，收集意见建议31条，已全部录入整改清单。")
    rejected = [Problem(*r[:4], rejection=r[3]) for r in REJECTED]
    for r in rejected:  # the two not adopted were raised at the county symposium
        r.measure = ""
        items.append(Item(r, ev, "座谈会", ev["held_on"], ctx.person_name(), rng.choice(("群众", "案件当事人")),
                          person_phone()))
    public_items(ev, 31 - len(rejected), None, list(symposium_people))

    unit_symposium_counts = [3, 3, 2, 3, 3, 3, 2, 3, 3, 3, 3, 3]  # 34
    rounds = ("第一次", "第二次", "第三次")
    index = 0
    for kind in ("法院", "检察院", "公安局", "司法局"):
        unit = units_by_kind[kind]
        for r, round_name in enumerate(rounds):
            people = {"人大代表": rng.randint(2, 4), "政协委员": rng.randint(2, 3), "企业家代表": rng.randint(2, 5),
                      "律师代表": rng.randint(2, 4), "案件当事人": rng.randint(1, 3), "群众": rng.randint(3, 6)}
            if kind in ("法院", "检察院"):
                people["人民陪审员" if kind == "法院" else "特约监督员"] = rng.randint(2, 4)
            ev = event("座谈会", f"{unit.short_name}政法队伍教育整顿{round_name}征求意见座谈会",
                       14 + r * 13 + rng.randint(0, 4), f"{unit.short_name}会议室", kind, people)
            public_items(ev, unit_symposium_counts[index], kind, list(people))
            index += 1

    visits = [("公安局", "“百警进百企”走访企业", {"企业家代表": 86, "群众": 412}, 4),
              ("法院", "走访农村听取意见", {"群众": 536}, 3),
              ("检察院", "走访社区听取意见", {"群众": 428}, 3),
              ("司法局", "走访企业听取意见", {"企业家代表": 64, "群众": 276}, 3),
              ("公安局", "走访农村听取意见", {"群众": 612}, 3),
              ("法院", "走访企业听取意见", {"企业家代表": 58, "群众": 198}, 3),
              ("检察院", "走访农村听取意见", {"群众": 452}, 2),
              ("司法局", "走访社区听取意见", {"群众": 496}, 3)]  # 3618 people, 24 items
    for n, (kind, what, people, count) in enumerate(visits):
        towns = "、".join(rng.sample(list(TOWNS), 3))
        ev = event("走访", f"{units_by_kind[kind].short_name}{what}", 16 + n * 4, towns, kind, people,
                   notes=f"深入{towns}等地走访座谈，共{sum(people.values())}人次。")
        public_items(ev, count, kind, list(people))

    ev = event("征求意见函", "面向社会发布政法队伍教育整顿征求意见函", 10, "县融媒体中心、政法各单位门户网站", "政法委",
               {"群众": 64, "企业家代表": 9, "律师代表": 6}, notes="共收到回函79份。")
    public_items(ev, 18, None, ["群众", "企业家代表", "律师代表", "案件当事人"], anonymous_share=0.2)
    ev = event("热线/信箱", "教育整顿举报电话和意见箱", 20, "举报电话0715-3321110、县委政法委意见箱", "政法委",
               {"群众": 23}, notes="教育整顿期间来电来信23件次，其中意见建议8条。")
    public_items(ev, 8, None, ["群众", "案件当事人"], anonymous_share=0.5)

    reviews = {"法院": 2136, "检察院": 1248, "公安局": 1743}  # 5127 files
    for n, (kind, files) in enumerate(reviews.items()):
        unit = units_by_kind[kind]
        ev = event("卷宗评查", f"{unit.short_name}案件卷宗交叉评查", 40 + n * 3, f"{unit.short_name}档案室", "政法委",
                   reviewed=files, notes=f"抽调业务骨干组成评查组，查阅卷宗{files}份。")
        for problem in [Problem(*r) for r in REVIEW if r[0] == kind]:
            items.append(Item(problem, ev, "卷宗评查", ev["held_on"], f"{unit.short_name}卷宗评查组", "评查组"))
    ev = event("督导反馈", "市教育整顿指导组督导反馈会", 48, "县委政法委三楼会议室", "政法委",
               notes="指导组反馈问题4项，县教整办逐项建立整改清单。")
    for problem in [Problem(*r) for r in SUPERVISION]:
        items.append(Item(problem, ev, "督导反馈", ev["held_on"], "市教育整顿第三指导组", "督导组"))
    for n, r in enumerate(INTERNAL):
        unit = units_by_kind[r[0]]
        meeting = "民主生活会" if "民主生活会" in r[2] else "组织生活会"
        ev = event("民主生活会/组织生活会", f"{unit.short_name}党组（党委）教育整顿专题{meeting}", 52 + n * 2,
                   f"{unit.short_name}会议室", r[0])
        items.append(Item(Problem(*r), ev, ev["kind"], ev["held_on"], rng.choice(staff[r[0]] or ["干警"]), "政法干警"))
    for n, r in enumerate(TALKS):
        items.append(Item(Problem(*r), None, "谈心谈话", day(25 + n * 9), rng.choice(staff[r[0]] or ["干警"]),
                          "政法干警"))
    assert len(items) == CONSOLIDATED, len(items)

    # The same problems raised again at later visits and by letter: merged into the first item.
    later = [ev for ev in events if ev["kind"] in ("走访", "征求意见函")]
    for original in rng.sample([i for i in items if i.channel == "座谈会" and not i.problem.rejection], 9):
        ev = rng.choice(later)
        if ev["held_on"] <= original.collected_on:
            ev = max(later, key=lambda e: e["held_on"])
        short = original.problem.content.split("，")[0].rstrip("。") + "。"
        items.append(Item(Problem(original.problem.unit_kind, original.problem.category, short, ""), ev,
                          ev["kind"], max(ev["held_on"], original.collected_on), ctx.person_name(),
                          rng.choice(("群众", "企业家代表")), person_phone(), duplicate_of=original))

    _write(ctx, events, items, units_by_kind, leaders, heads, office_staff)


def _write(ctx, events, items, units_by_kind, leaders, heads, office_staff) -> None:
    rng, today = ctx.rng, ctx.today
    stamp = now()
    for record in events:
        people = record.pop("participants")
        created = FeedbackEvent.create(**record)
        record["id"] = created.id
        rows = [{"event": created.id, "category": c, "count": n} for c, n in people.items() if n]
        if rows:
            EventParticipant.insert_many(rows).execute()

    items.sort(key=lambda i: (i.collected_on, i.event["id"] if i.event else 0))
    counters: dict[int, int] = {}
    from app.feedback import service as feedback

    prefix = feedback.code_prefix()
    for item in items:
        year = item.collected_on.year
        counters[year] = counters.get(year, 0) + 1
        item.record["code"] = f"{prefix}-{year}-{counters[year]:03d}"

    consolidated = [i for i in items if i.duplicate_of is None]
    # Open items: the latest few still wait to be assigned; a few with passed deadlines are overdue.
    waiting = set(id(i) for i in sorted(consolidated, key=lambda i: i.collected_on)[-4:]
                  if not i.problem.rejection)
    history: list[tuple[Item, str, str, str, dt.datetime, str, str]] = []

    def at(day: dt.date, hour: int) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(hour, rng.randint(0, 59)))

    overdue_left = 4
    for item in sorted(consolidated, key=lambda i: i.collected_on):
        p = item.problem
        unit = units_by_kind.get(p.unit_kind)
        rec = item.record
        rec.update(status="待交办", unit=None, leader="", person="", measure="", deadline=None, progress="",
                   completed_on=None, evidence="", reviewer="", reviewed_on=None, rejection_reason="",
                   reply_method="", reply_on=None, reply_content="", satisfaction="")
        clerk = OFFICE_CLERK
        history.append((item, "登记", "", "待交办", at(item.collected_on, 17), clerk, ""))
        if p.rejection:
            decided = min(today, item.collected_on + dt.timedelta(days=rng.randint(3, 8)))
            rec.update(status="不予采纳", rejection_reason=p.rejection, unit=unit)
            history.append((item, "不予采纳", "待交办", "不予采纳", at(decided, 10), clerk, p.rejection))
            _reply(rec, item, decided + dt.timedelta(days=rng.randint(1, 4)), today, rng, history, at,
                   satisfaction="基本满意")
            continue
        if id(item) in waiting:
            continue
        assigned = min(today, item.collected_on + dt.timedelta(days=rng.randint(1, 4)))
        deadline = assigned + dt.timedelta(days=rng.choice((15, 20, 30, 30, 30, 45)))
        rec.update(status="已交办", unit=unit, leader=rng.choice(leaders[p.unit_kind]),
                   person=rng.choice(heads[p.unit_kind]), deadline=deadline, measure=p.measure)
        history.append((item, "交办", "待交办", "已交办", at(assigned, 9), clerk,
                        f"请于{deadline.month}月{deadline.day}日前完成整改并报送佐证材料。"))
        started = min(today, assigned + dt.timedelta(days=rng.randint(1, 3)))
        if deadline < today:
            if overdue_left > 0 and rng.random() < 0.12:  # past the deadline and not done: overdue
                overdue_left -= 1
                if started < today:
                    rec.update(status="整改中", progress=rng.choice(PROGRESS_OPEN))
                    history.append((item, "开始整改", "已交办", "整改中", at(started, 15), rec["person"], ""))
                continue
            finish_by = deadline
        else:
            roll = rng.random()
            if roll < 0.5 or started >= today:
                if started < today and roll >= 0.08:
                    rec.update(status="整改中", progress=rng.choice(PROGRESS_OPEN))
                    history.append((item, "开始整改", "已交办", "整改中", at(started, 15), rec["person"], ""))
                continue
            finish_by = min(deadline, today - dt.timedelta(days=1))
        history.append((item, "开始整改", "已交办", "整改中", at(started, 15), rec["person"], ""))
        if finish_by <= started:
            rec.update(status="整改中", progress=rng.choice(PROGRESS_OPEN))
            continue
        completed = started + dt.timedelta(days=rng.randint(1, max(1, (finish_by - started).days)))
        evidence = "、".join(rng.sample(EVIDENCE, rng.randint(1, 2)))
        rec.update(status="已整改待验收", completed_on=completed, evidence=evidence, progress="已按要求完成整改。")
        history.append((item, "提交验收", "整改中", "已整改待验收", at(completed, 16), rec["person"],
                        f"报送{evidence}"))
        reviewed = completed + dt.timedelta(days=rng.randint(1, 6))
        if reviewed > today:
            continue
        reviewer = rng.choice(office_staff)
        rec.update(status="已销号", reviewer=reviewer, reviewed_on=reviewed)
        history.append((item, "验收销号", "已整改待验收", "已销号", at(reviewed, 11), reviewer, "经验收，整改到位，同意销号。"))
        if not item.anonymous and item.submitter_category not in ("评查组", "督导组"):
            _reply(rec, item, reviewed + dt.timedelta(days=rng.randint(0, 4)), today, rng, history, at)

    rows = []
    for item in items:
        rec = item.record
        if item.duplicate_of is not None:
            rec.update(status="待交办")
            history.append((item, "登记", "", "待交办", at(item.collected_on, 17), OFFICE_CLERK, ""))
        ev = item.event
        unit = rec.get("unit")
        rows.append(dict(
            uuid=new_uuid(), created_at=stamp, updated_at=stamp, code=rec["code"], event=ev["id"] if ev else None,
            channel=item.channel, collected_on=item.collected_on, submitter_name=item.submitter_name,
            submitter_category=item.submitter_category, submitter_contact=item.contact, anonymous=item.anonymous,
            content=item.problem.content, category=item.problem.category, unit=unit.id if unit else None,
            leader=rec.get("leader", ""), person=rec.get("person", ""), measure=rec.get("measure", ""),
            deadline=rec.get("deadline"), progress=rec.get("progress", ""), status=rec["status"],
            completed_on=rec.get("completed_on"), evidence=rec.get("evidence", ""),
            reply_method=rec.get("reply_method", ""), reply_on=rec.get("reply_on"),
            reply_content=rec.get("reply_content", ""), satisfaction=rec.get("satisfaction", ""),
            reviewer=rec.get("reviewer", ""), reviewed_on=rec.get("reviewed_on"),
            rejection_reason=rec.get("rejection_reason", ""), remarks="", source_talk_id=None))
    for offset in range(0, len(rows), 100):
        Suggestion.insert_many(rows[offset:offset + 100]).execute()
    ids = dict(Suggestion.select(Suggestion.code, Suggestion.id).tuples())
    for item in items:
        if item.duplicate_of is not None:
            target_code = item.duplicate_of.record["code"]
            Suggestion.update(merged_into=ids[target_code]).where(Suggestion.code == item.record["code"]).execute()
            when = at(min(today, item.collected_on + dt.timedelta(days=1)), 18)
            history.append((item, "合并", "", "", when, OFFICE_CLERK, f"并入 {target_code}：反映问题相同"))
            history.append((item.duplicate_of, "合并", "", "", when, OFFICE_CLERK,
                            f"合并了 {item.record['code']}：反映问题相同"))
    history_rows = [dict(uuid=new_uuid(), created_at=stamp, updated_at=stamp, suggestion=ids[i.record["code"]],
                         action=action, from_status=frm, to_status=to, at=when, actor=actor, note=note)
                    for i, action, frm, to, when, actor, note in history]
    history_rows.sort(key=lambda r: (r["at"], r["suggestion"]))
    for offset in range(0, len(history_rows), 200):
        SuggestionHistory.insert_many(history_rows[offset:offset + 200]).execute()
    ctx.facts["feedback_suggestions"] = len(consolidated)


def _reply(rec, item, day, today, rng, history, at, satisfaction=None) -> None:
    if item.anonymous or day > today:
        return
    method = rng.choices(("电话", "当面", "书面", "短信"), (45, 30, 20, 5))[0]
    satisfaction = satisfaction or rng.choices(("满意", "基本满意", "不满意"), (86, 12, 2))[0]
    content = "告知整改措施和完成情况" if not rec.get("rejection_reason") else "说明不予采纳的理由"
    rec.update(reply_method=method, reply_on=day, satisfaction=satisfaction, reply_content=content)
    history.append((item, "回复提出人", "", "", at(day, 14), OFFICE_CLERK, f"{method}回复，{satisfaction}：{content}"))
