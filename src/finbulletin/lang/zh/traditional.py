"""Traditional Chinese characters folded to simplified ones, one character for one.

Hong Kong and Taiwan bulletins write 恒生指數漲1.2%, 滬深300指數, 預計; the grammar and
most lexicon forms are written in simplified characters. :func:`fold_traditional` maps
the traditional characters that financial text uses to their simplified forms, one
character for one, so every offset into the folded text is an offset into the original:
the recognizers read the folded text and the records keep the original's characters.

Only characters whose simplified form is the same in every context are listed; a
character with two readings in simplified (乾 for 干 and 乾) is left as it is.

Example:
    >>> fold_traditional("恒生指數漲1.2%,滬深300指數下跌。預計")
    '恒生指数涨1.2%,沪深300指数下跌。预计'
"""

from __future__ import annotations

_TRADITIONAL = (
    "漲數滬預計點億萬幣價權證銀國業團騰訊報盤場資產電車機醫藥發開關將為與從對時間個後來當實現長東華準經濟"
    "貨匯這於會頭們優勢內遠達過還進連運邊則導區處學體網絡購買賣協議錢張標單據總務設備營銷費額穩續紀錄創術"
    "傳統應變際廣陽陰歐亞並倉舉廠灣臺響號擴縮減輕勵礎債險壽鐵鋼煉礦氣條約雙監韓歷讓認識說話語調詢視頻顯圖"
    "書館員專門閱讀寫聯繫稱稅補貼樂觀鏈環節紡織廳療衛淨塊龍領紅綠齊恆貴積圓儲鋰鋁銅鎳黃紋貿軟碼雲豐興財線"
    "風較週舊歲驅動態屬帶揚兩質類競爭問題燈無階層鮮飲農漁紙膠礙夥戶歸勞彈測試驗師廈園餘寬鬆緊贏輸虧損綜維"
    "護蓋鑽給終結構劃項況獲錯誤順愛覽講謂"
)
_SIMPLIFIED = (
    "涨数沪预计点亿万币价权证银国业团腾讯报盘场资产电车机医药发开关将为与从对时间个后来当实现长东华准经济"
    "货汇这于会头们优势内远达过还进连运边则导区处学体网络购买卖协议钱张标单据总务设备营销费额稳续纪录创术"
    "传统应变际广阳阴欧亚并仓举厂湾台响号扩缩减轻励础债险寿铁钢炼矿气条约双监韩历让认识说话语调询视频显图"
    "书馆员专门阅读写联系称税补贴乐观链环节纺织厅疗卫净块龙领红绿齐恒贵积圆储锂铝铜镍黄纹贸软码云丰兴财线"
    "风较周旧岁驱动态属带扬两质类竞争问题灯无阶层鲜饮农渔纸胶碍伙户归劳弹测试验师厦园余宽松紧赢输亏损综维"
    "护盖钻给终结构划项况获错误顺爱览讲谓"
)

#: The table for ``str.translate``: traditional code point -> simplified code point.
T2S: dict[int, int] = {ord(t): ord(s) for t, s in zip(_TRADITIONAL, _SIMPLIFIED, strict=True)}


def fold_traditional(text: str) -> str:
    """``text`` with its traditional characters simplified; the same length, offsets unchanged."""
    return text.translate(T2S)
