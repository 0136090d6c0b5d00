<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>HomePage</name>
    <message>
        <source>Device: %1 (%2)</source>
        <translation>端末: %1（%2）</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>処理量</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>作業者数</translation>
    </message>
    <message>
        <source>Units per hour</source>
        <translation>生産性（処理量/時間）</translation>
    </message>
    <message>
        <source>On shift now</source>
        <translation>勤務中の人数</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>作業メニュー</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>最後のスキャン</translation>
    </message>
    <message>
        <source>Scan a barcode: it shows here.</source>
        <translation>バーコードをスキャンするとここに表示されます。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Handheld: %1</source>
        <translation>ハンディ: %1</translation>
    </message>
</context>
<context>
    <name>wh::ActivityChooser</name>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Choose an activity</source>
        <translation>作業を選んでください</translation>
    </message>
    <message>
        <source>Search by name or code</source>
        <translation>作業名・コードで検索</translation>
    </message>
    <message>
        <source>Recent and favourites</source>
        <translation>最近・よく使う作業</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>よく使う</translation>
    </message>
    <message>
        <source>No activity matches “%1”.</source>
        <translation>「%1」に一致する作業はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n activities found</source>
        <translation>
            <numerusform>%n 件の作業が見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <source>Your recent and favourite activities</source>
        <translation>最近の作業・よく使う作業</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>the mark on the tile of the activity the worker is on now</extracomment>
        <translation>作業中</translation>
    </message>
</context>
<context>
    <name>wh::BlockFiguresModel</name>
    <message>
        <source>All blocks</source>
        <translation>全ブロック合計</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>作業者数</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>作業時間</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>処理量</translation>
    </message>
    <message>
        <source>Units per hour</source>
        <translation>生産性</translation>
    </message>
</context>
<context>
    <name>wh::BlockHoursChart</name>
    <message>
        <source>Hours worked by block</source>
        <translation>ブロック別の作業時間</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>作業時間</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時間</translation>
    </message>
</context>
<context>
    <name>wh::ErrorText</name>
    <message>
        <source>Not valid: %1.</source>
        <translation>正しくありません: %1</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>要求の内容が正しくありません。</translation>
    </message>
    <message>
        <source>Not found: %1.</source>
        <translation>見つかりません: %1</translation>
    </message>
    <message>
        <source>Something that is needed was not found.</source>
        <translation>必要なデータが見つかりません。</translation>
    </message>
    <message>
        <source>Conflicts with data already in the store: %1.</source>
        <translation>ストアにある既存のデータと矛盾します: %1</translation>
    </message>
    <message>
        <source>Conflicts with data already in the store.</source>
        <translation>ストアにある既存のデータと矛盾します。</translation>
    </message>
    <message>
        <source>Cannot be read, the content is malformed: %1.</source>
        <translation>内容の形式が正しくないため読み込めません: %1</translation>
    </message>
    <message>
        <source>The input is malformed.</source>
        <translation>入力の形式が正しくありません。</translation>
    </message>
    <message>
        <source>Cannot be read or written: %1.</source>
        <translation>読み書きできません: %1</translation>
    </message>
    <message>
        <source>A file cannot be read or written.</source>
        <translation>ファイルを読み書きできません。</translation>
    </message>
    <message>
        <source>Not an SQLite database: %1.</source>
        <translation>SQLite データベースではありません: %1</translation>
    </message>
    <message>
        <source>The file is not an SQLite database.</source>
        <translation>このファイルは SQLite データベースではありません。</translation>
    </message>
    <message>
        <source>Cannot be written, it is read-only: %1.</source>
        <translation>読み取り専用のため書き込めません: %1</translation>
    </message>
    <message>
        <source>The file or its folder is read-only.</source>
        <translation>ファイルまたはフォルダーが読み取り専用です。</translation>
    </message>
    <message>
        <source>The disk is full: %1.</source>
        <translation>ディスクの空き容量がありません: %1</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>ディスクの空き容量がありません。</translation>
    </message>
    <message>
        <source>Written by a newer version of this program: %1.</source>
        <translation>このプログラムより新しいバージョンで作成されています: %1</translation>
    </message>
    <message>
        <source>The store was written by a newer version of this program.</source>
        <translation>ストアはこのプログラムより新しいバージョンで作成されています。</translation>
    </message>
    <message>
        <source>The upgrade failed and was rolled back: %1.</source>
        <translation>アップグレードに失敗したため、元に戻しました: %1</translation>
    </message>
    <message>
        <source>The upgrade failed and was rolled back.</source>
        <translation>アップグレードに失敗したため、元に戻しました。</translation>
    </message>
    <message>
        <source>Database error: %1 (%2).</source>
        <translation>データベースのエラー: %1（%2）</translation>
    </message>
    <message>
        <source>Database error: %1.</source>
        <translation>データベースのエラー: %1</translation>
    </message>
    <message>
        <source>Internal error: %1 (%2).</source>
        <translation>内部エラー: %1（%2）</translation>
    </message>
    <message>
        <source>Internal error: %1.</source>
        <translation>内部エラー: %1</translation>
    </message>
    <message>
        <source>The store %1 does not exist. Create it with “wh init --db %1” or “wh demo --db %1”.</source>
        <translation>ストア %1 が存在しません。「wh init --db %1」または「wh demo --db %1」で作成してください。</translation>
    </message>
    <message>
        <source>%1 is not a store: it is not an SQLite database file.</source>
        <translation>%1 はストアではありません（SQLite データベースのファイルではありません）。</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: the file or its folder is read-only.</source>
        <translation>ストア %1 を開けません。ファイルまたはフォルダーが読み取り専用です。</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: the disk is full.</source>
        <translation>ストア %1 を開けません。ディスクの空き容量がありません。</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of this program. Install that version to open it; the file was not changed.</source>
        <translation>ストア %1 はこのプログラムより新しいバージョンで作成されています。開くには新しいバージョンをインストールしてください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>The store %1 could not be upgraded. The upgrade was rolled back and the file was left as it was.</source>
        <translation>ストア %1 をアップグレードできませんでした。アップグレードは取り消し、ファイルは元のままです。</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation>ストア %1 を開けません: %2</translation>
    </message>
</context>
<context>
    <name>wh::Gs1</name>
    <message>
        <source>%1 characters, expected %2</source>
        <translation>%1 文字です（%2 文字のはず）</translation>
    </message>
    <message>
        <source>%1 characters, expected %2 to %3</source>
        <translation>%1 文字です（%2～%3 文字のはず）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 where a digit is expected</source>
        <translation>%2 文字目が「%1」です（数字のはず）</translation>
    </message>
    <message>
        <source>character &apos;%1&apos; at position %2 is not allowed in GS1 data</source>
        <translation>%2 文字目の「%1」は GS1 データに使えない文字です</translation>
    </message>
    <message>
        <source>wrong check digit %1, expected %2</source>
        <translation>チェックデジットが違います: %1（正しくは %2）</translation>
    </message>
    <message>
        <source>impossible date %1 (YYMMDD)</source>
        <translation>ありえない日付です: %1（YYMMDD）</translation>
    </message>
    <message>
        <source>%1 decimal places are not defined for this AI (0 to %2)</source>
        <translation>この AI に小数点以下 %1 桁は定義されていません（0～%2）</translation>
    </message>
    <message>
        <source>unknown application identifier; raw text kept</source>
        <translation>不明なアプリケーション識別子です。元の文字列をそのまま残しました</translation>
    </message>
    <message>
        <source>unknown application identifier %1; raw text kept</source>
        <translation>不明なアプリケーション識別子 %1 です。元の文字列をそのまま残しました</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>重複しています</translation>
    </message>
    <message>
        <source>given twice with different values (first: %1)</source>
        <translation>異なる値で 2 回出てきます（1 回目: %1）</translation>
    </message>
    <message>
        <source>no application identifier at &quot;%1&quot;; raw text kept</source>
        <translation>「%1」にアプリケーション識別子がありません。元の文字列をそのまま残しました</translation>
    </message>
    <message>
        <source>longer than %1 characters and no separator: where it ends cannot be told</source>
        <translation>%1 文字を超えていて区切り（GS）がありません。どこで終わるか判断できません</translation>
    </message>
    <message>
        <source>variable-length value without a separator: its end could also be the start of another AI</source>
        <translation>区切り（GS）のない可変長の値です。末尾が別の AI の始まりである可能性があり、判断できません</translation>
    </message>
    <message>
        <source>cut off</source>
        <translation>途中で切れています</translation>
    </message>
    <message>
        <source>check digit ok</source>
        <translation>チェックデジット正常</translation>
    </message>
    <message>
        <source>check digit wrong</source>
        <translation>チェックデジット誤り</translation>
    </message>
    <message>
        <source>not a valid URI</source>
        <translation>正しい URI ではありません</translation>
    </message>
    <message>
        <source>no GS1 primary key (such as /01/ and a GTIN) in the URI path</source>
        <translation>URI のパスに GS1 の主キー（/01/ と GTIN など）がありません</translation>
    </message>
    <message>
        <source>the URI path ends with %1 but no value</source>
        <translation>URI のパスが %1 で終わり、値がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an application identifier; raw text kept</source>
        <translation>「%1」はアプリケーション識別子ではありません。元の文字列をそのまま残しました</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; at position %1</source>
        <translation>%1 文字目に「(」があるはずです</translation>
    </message>
    <message>
        <source>&apos;(&apos; at position %1 is not closed</source>
        <translation>%1 文字目の「(」が閉じていません</translation>
    </message>
    <message>
        <source>%1 data should be %2 digits</source>
        <translation>%1 のデータは %2 桁のはずです</translation>
    </message>
    <message>
        <source>symbology %1 does not carry GS1 data</source>
        <translation>シンボル体系 %1 は GS1 データを含みません</translation>
    </message>
    <message>
        <source>empty scan</source>
        <translation>読み取り内容が空です</translation>
    </message>
    <message>
        <source>not a GS1 element string (it does not start with an application identifier)</source>
        <translation>GS1 エレメント文字列ではありません（アプリケーション識別子で始まっていません）</translation>
    </message>
    <message>
        <source>no GS1 data</source>
        <translation>GS1 データがありません</translation>
    </message>
</context>
<context>
    <name>wh::GuiStartup</name>
    <message>
        <source>no store given: start the program with --db FILE</source>
        <translation>ストアが指定されていません。--db FILE を付けて起動してください</translation>
    </message>
    <message>
        <source>No screenshot was taken within %1 seconds.</source>
        <translation>%1 秒以内にスクリーンショットを撮影できませんでした。</translation>
    </message>
    <message>
        <source>there is no display to show the window on (DISPLAY is not set): run it on a desktop, under xvfb-run, or with --screenshot FILE</source>
        <translation>画面を表示するディスプレイがありません（DISPLAY が設定されていません）。デスクトップ上、xvfb-run の下、または --screenshot FILE を付けて起動してください</translation>
    </message>
</context>
<context>
    <name>wh::HandheldProgram</name>
    <message>
        <source>The handheld&apos;s device id in the store (default: the first handheld device).</source>
        <translation>ストアに登録されたこのハンディの端末 ID（省略時: 最初のハンディ端末）。</translation>
    </message>
    <message>
        <source>Handheld: scanning, measuring and inspecting on the floor.</source>
        <translation>ハンディ: 現場でのスキャン・採寸・検品。</translation>
    </message>
    <message>
        <source>The store %1 has no handheld device. A handheld takes its site from its device row, so add a device of kind “handheld” to the store first.</source>
        <translation>ストア %1 にハンディ端末が登録されていません。ハンディは端末の登録情報から拠点を決めるため、先に種別「handheld」の端末をストアに登録してください。</translation>
    </message>
    <message>
        <source>The store %1 has no device %2.</source>
        <translation>ストア %1 に端末 %2 は登録されていません。</translation>
    </message>
    <message>
        <source>Device %1 in the store %2 is not a handheld.</source>
        <translation>ストア %2 の端末 %1 はハンディ端末ではありません。</translation>
    </message>
    <message>
        <source>The handheld&apos;s device cannot be read from the store %1: %2</source>
        <translation>ストア %1 からハンディの端末情報を読み込めません: %2</translation>
    </message>
    <message>
        <source>The home screen cannot be loaded; the log says why.</source>
        <translation>ホーム画面を読み込めません。原因はログを確認してください。</translation>
    </message>
</context>
<context>
    <name>wh::HomeViewModel</name>
    <message>
        <source>The figures cannot be read from the store: %1</source>
        <translation>ストアから実績を読み込めません: %1</translation>
    </message>
    <message>
        <source>ddd, MMM d</source>
        <extracomment>QDate format of a date with the weekday, e.g. &quot;Fri, Nov 20&quot;</extracomment>
        <translation>M月d日(ddd)</translation>
    </message>
    <message>
        <source>No work recorded at this site yet</source>
        <translation>この拠点の作業実績はまだありません</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>本日 %1</translation>
    </message>
    <message>
        <source>Last business day, %1</source>
        <translation>直近の稼働日 %1</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>%1 更新</translation>
    </message>
    <message>
        <source>No symbology identifier</source>
        <translation>シンボル識別子なし</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a barcode symbology such as GS1-128, %2 its AIM identifier such as ]C1</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The code could not be read. Please scan it again.</source>
        <translation>コードを読み取れませんでした。もう一度スキャンしてください。</translation>
    </message>
</context>
<context>
    <name>wh::IdleScreen</name>
    <message>
        <source>Workers on shift now</source>
        <translation>勤務中の人数</translation>
    </message>
    <message>
        <source>Workers today</source>
        <translation>本日の出勤者数</translation>
    </message>
    <message>
        <source>Kiosk: %1</source>
        <translation>キオスク: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Tap your badge</source>
        <translation>入館証をタッチしてください</translation>
    </message>
    <message>
        <source>The figures cannot be read from the store: %1</source>
        <translation>ストアから実績を読み込めません: %1</translation>
    </message>
    <message>
        <source>ddd, MMM d</source>
        <extracomment>QDate format of a short date with the weekday, e.g. &quot;Fri, Nov 20&quot;</extracomment>
        <translation>M月d日(ddd)</translation>
    </message>
    <message>
        <source>Workers on %1</source>
        <extracomment>%1 is a short date such as &quot;Fri, Nov 20&quot;</extracomment>
        <translation>%1の出勤者数</translation>
    </message>
    <message>
        <source>Workers on a break now</source>
        <translation>休憩中の人数</translation>
    </message>
    <message>
        <source>Hold your badge to the reader to clock in, switch work, take a break or clock out.</source>
        <translation>出勤・作業切替・休憩・退勤のときは、入館証をリーダーにかざしてください。</translation>
    </message>
    <message>
        <source>Use PIN</source>
        <translation>暗証番号で打刻</translation>
    </message>
    <message>
        <source>No badge with you? Sign in with your worker code and PIN.</source>
        <translation>入館証をお持ちでない場合は、社員コードと暗証番号で打刻できます。</translation>
    </message>
</context>
<context>
    <name>wh::KioskProgram</name>
    <message>
        <source>The kiosk&apos;s device id in the store (default: the first kiosk device).</source>
        <translation>ストアに登録されたこのキオスクの端末 ID（省略時: 最初のキオスク端末）。</translation>
    </message>
    <message>
        <source>Run in a window instead of full screen.</source>
        <translation>全画面ではなくウィンドウで表示します。</translation>
    </message>
    <message>
        <source>Kiosk: workers tap their badge to punch.</source>
        <translation>キオスク: 作業者が入館証をタッチして打刻します。</translation>
    </message>
    <message>
        <source>The store %1 has no kiosk device. A kiosk takes its site from its device row, so add a device of kind “kiosk” to the store first.</source>
        <translation>ストア %1 にキオスク端末が登録されていません。キオスクは端末の登録情報から拠点を決めるため、先に種別「kiosk」の端末をストアに登録してください。</translation>
    </message>
    <message>
        <source>The store %1 has no device %2.</source>
        <translation>ストア %1 に端末 %2 は登録されていません。</translation>
    </message>
    <message>
        <source>Device %1 in the store %2 is not a kiosk.</source>
        <translation>ストア %2 の端末 %1 はキオスク端末ではありません。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s device cannot be read from the store %1: %2</source>
        <translation>ストア %1 からキオスクの端末情報を読み込めません: %2</translation>
    </message>
    <message>
        <source>With --screenshot: the screen to picture, idle (default), card, chooser or confirmation. The last three need --badge; nothing is punched.</source>
        <translation type="vanished">--screenshot と併用：撮影する画面（idle（既定）、card、chooser、confirmation）。後の三つには --badge が必要です。打刻は行いません。</translation>
    </message>
    <message>
        <source>With --screenshot: the badge whose card, chooser or confirmation to picture.</source>
        <translation>--screenshot と併用：カード・作業選択・確認画面を撮影する入館証の番号。</translation>
    </message>
    <message>
        <source>Unknown screen “%1” for --screenshot-screen: use idle, card, chooser or confirmation.</source>
        <translation type="vanished">--screenshot-screen の画面「%1」は不明です。idle、card、chooser、confirmation のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--screenshot-screen %1 needs --badge with a worker&apos;s badge id.</source>
        <translation>--screenshot-screen %1 には、作業者の入館証番号を --badge で指定してください。</translation>
    </message>
    <message>
        <source>--screenshot-screen and --badge are only used with --screenshot.</source>
        <translation>--screenshot-screen と --badge は --screenshot と併用する場合のみ使えます。</translation>
    </message>
    <message>
        <source>The kiosk cannot punch at device %1: %2</source>
        <translation>端末 %1 では打刻できません：%2</translation>
    </message>
    <message>
        <source>The badge %1 cannot be shown: it is not a worker&apos;s badge at this site.</source>
        <translation>入館証 %1 を表示できません：この拠点の作業者の入館証ではありません。</translation>
    </message>
    <message>
        <source>With --screenshot: the screen to picture, idle (default), pin, card, chooser or confirmation. The last three need --badge; nothing is punched.</source>
        <translation>--screenshot と併用：撮影する画面（idle（既定）、pin、card、chooser、confirmation）。後の三つには --badge が必要です。打刻は行いません。</translation>
    </message>
    <message>
        <source>Unknown screen “%1” for --screenshot-screen: use idle, pin, card, chooser or confirmation.</source>
        <translation>--screenshot-screen の画面「%1」は不明です。idle、pin、card、chooser、confirmation のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>A serial badge reader on this port (e.g. /dev/ttyUSB0), 9600 8N1, sending STX/ETX frames or decimal lines; a keyboard-wedge reader needs no option.</source>
        <translation>このポートのシリアル入館証リーダー（例: /dev/ttyUSB0、9600 8N1、STX/ETX フレームまたは10進の行を送るもの）。キーボード入力型のリーダーには指定不要です。</translation>
    </message>
</context>
<context>
    <name>wh::KioskText</name>
    <message>
        <source>MMM d</source>
        <extracomment>QDate format of a short date without the year, e.g. &quot;Nov 20&quot;</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a short date such as &quot;Nov 20&quot;, %2 a time such as &quot;22:10&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>wh::KioskWindow</name>
    <message>
        <source>Badge already read. One tap is enough.</source>
        <translation>入館証は読み取り済みです。タッチは1回で大丈夫です。</translation>
    </message>
    <message>
        <source>You are already on %1</source>
        <translation>すでに「%1」で作業中です</translation>
    </message>
    <message>
        <source>Nothing to record</source>
        <translation>打刻の必要はありません</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <source>Clocked in: %1 at %2</source>
        <extracomment>%1 is the activity, %2 the time, e.g. &quot;Clocked in: Picking at 19:30&quot;</extracomment>
        <translation>出勤しました：%1（%2）</translation>
    </message>
    <message>
        <source>Back to work: %1 at %2</source>
        <translation>休憩から戻りました：%1（%2）</translation>
    </message>
    <message>
        <source>Switched to %1 at %2</source>
        <translation>作業を切り替えました：%1（%2）</translation>
    </message>
    <message>
        <source>Break started: %1 at %2</source>
        <extracomment>%1 is the break activity, %2 the time</extracomment>
        <translation>休憩に入りました：%1（%2）</translation>
    </message>
    <message>
        <source>Clocked out at %1</source>
        <translation>退勤しました（%1）</translation>
    </message>
    <message>
        <source>Worked today: %1</source>
        <translation>本日の勤務時間：%1</translation>
    </message>
    <message>
        <source>Recorded at %1</source>
        <translation>記録しました（%1）</translation>
    </message>
    <message>
        <source>Your previous shift was left open and has been closed as forgotten. A leader will check it.</source>
        <translation>前回の勤務は退勤打刻がなかったため、打刻漏れとして締めました。リーダーが確認します。</translation>
    </message>
    <message>
        <source>Worker code or PIN is wrong</source>
        <translation>社員コードまたは暗証番号が違います</translation>
    </message>
    <message>
        <source>Please try again, or ask your leader. Nothing was recorded.</source>
        <translation>もう一度入力するか、リーダーに確認してください。打刻はされていません。</translation>
    </message>
    <message>
        <source>Unknown badge</source>
        <translation>登録されていない入館証です</translation>
    </message>
    <message>
        <source>This badge is not registered. Please ask your leader. Nothing was recorded.</source>
        <translation>この入館証は登録されていません。リーダーに確認してください。打刻はされていません。</translation>
    </message>
    <message>
        <source>The punch was not recorded</source>
        <translation>打刻できませんでした</translation>
    </message>
    <message>
        <source>Something it needs was not found: %1. Please ask your leader.</source>
        <translation>打刻に必要な情報が見つかりません：%1。リーダーに確認してください。</translation>
    </message>
    <message>
        <source>This worker cannot punch</source>
        <translation>この作業者は打刻できません</translation>
    </message>
    <message>
        <source>Your worker record is disabled. Please ask your leader. Nothing was recorded.</source>
        <translation>作業者の登録が無効になっています。リーダーに確認してください。打刻はされていません。</translation>
    </message>
    <message>
        <source>The punch was refused</source>
        <translation>打刻できませんでした</translation>
    </message>
    <message>
        <source>The kiosk&apos;s clock is behind your last punch. Please ask your leader. Nothing was recorded.</source>
        <translation>端末の時計が前回の打刻より前の時刻になっています。リーダーに確認してください。打刻はされていません。</translation>
    </message>
    <message>
        <source>Activity not available here</source>
        <translation>この拠点では使えない作業です</translation>
    </message>
    <message>
        <source>This activity is not offered at this site. Please choose another one. Nothing was recorded.</source>
        <translation>この作業はこの拠点では選べません。別の作業を選んでください。打刻はされていません。</translation>
    </message>
    <message>
        <source>The kiosk is busy</source>
        <translation>ただいま打刻できません</translation>
    </message>
    <message>
        <source>The punch could not be saved just now. Please tap again in a moment. Nothing was recorded.</source>
        <translation>打刻を保存できませんでした。少し待ってから、もう一度タッチしてください。打刻はされていません。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>エラーが発生しました</translation>
    </message>
    <message>
        <source>The badge could not be read</source>
        <translation>入館証を読み取れませんでした</translation>
    </message>
    <message>
        <source>Please tap it again. Nothing was recorded.</source>
        <translation>もう一度タッチしてください。打刻は記録されていません。</translation>
    </message>
    <message>
        <source>This code is not a badge</source>
        <translation>このコードは入館証ではありません</translation>
    </message>
    <message>
        <source>Scanned: %1
Tap your badge or scan the badge barcode on your ID card. Nothing was recorded.</source>
        <extracomment>%1 is the scanned code</extracomment>
        <translation>スキャンしたコード: %1
入館証をタッチするか、社員証の入館証バーコードをスキャンしてください。何も記録していません。</translation>
    </message>
    <message>
        <source>The code could not be read: %1</source>
        <translation>コードを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The code could not be read</source>
        <translation>コードを読み取れませんでした</translation>
    </message>
    <message>
        <source>Scanned: %1
Please scan it again. Nothing was recorded.</source>
        <translation>スキャンしたコード: %1
もう一度スキャンしてください。何も記録していません。</translation>
    </message>
</context>
<context>
    <name>wh::ManagerProgram</name>
    <message>
        <source>Manager: productivity reports over the site store.</source>
        <translation>マネージャー: 拠点ストアの生産性レポート。</translation>
    </message>
</context>
<context>
    <name>wh::ManagerWindow</name>
    <message>
        <source>Business days</source>
        <translation>稼働日数</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>作業者数</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>作業時間</translation>
    </message>
    <message>
        <source>Punches</source>
        <translation>打刻数</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>処理量</translation>
    </message>
    <message>
        <source>Units per hour</source>
        <translation>生産性（処理量/時間）</translation>
    </message>
    <message>
        <source>Productivity overview</source>
        <translation>生産性の概要</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>ストア: %1</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation>ストアを読み込んでいます…</translation>
    </message>
    <message>
        <source>The store has no sites yet: there is nothing to show.</source>
        <translation>ストアに拠点がまだ登録されていないため、表示する実績がありません。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>実績を読み込んでいます…</translation>
    </message>
    <message>
        <source>ddd, MMM d, yyyy</source>
        <extracomment>QDate format of the period shown under the title, e.g. &quot;Thu, Oct 22, 2026&quot;</extracomment>
        <translation>yyyy年M月d日(ddd)</translation>
    </message>
    <message>
        <source>%1, %2 to %3: no punches were recorded at this site in this period.</source>
        <translation>%1&#x3000;%2〜%3: この期間、この拠点の打刻はありません。</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1&#x3000;%2〜%3</translation>
    </message>
    <message>
        <source>Figures read at %1.</source>
        <translation>%1 に実績を読み込みました。</translation>
    </message>
    <message>
        <source>The figures cannot be read from the store: %1</source>
        <translation>ストアから実績を読み込めません: %1</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上の階層へ</translation>
    </message>
    <message>
        <source>Scanned %1: it has no figures at this site in this period.</source>
        <translation>%1 をスキャンしました: この拠点・期間には実績がありません。</translation>
    </message>
    <message>
        <source>Blocks (double-click one for its sections)</source>
        <translation>ブロック（ダブルクリックでセクションを表示）</translation>
    </message>
    <message>
        <source>Sections of %1 (double-click one for its activities)</source>
        <extracomment>%1 is a block&apos;s name</extracomment>
        <translation>%1 のセクション（ダブルクリックで作業を表示）</translation>
    </message>
    <message>
        <source>Activities of %1</source>
        <extracomment>%1 is a section&apos;s name</extracomment>
        <translation>%1 の作業</translation>
    </message>
    <message>
        <source>Scanned %1: site %2.</source>
        <translation>%1 をスキャンしました: 拠点 %2。</translation>
    </message>
    <message>
        <source>Scanned %1: block %2.</source>
        <translation>%1 をスキャンしました: ブロック %2。</translation>
    </message>
    <message>
        <source>Scanned %1: section %2.</source>
        <translation>%1 をスキャンしました: セクション %2。</translation>
    </message>
    <message>
        <source>Scanned %1: activity %2.</source>
        <translation>%1 をスキャンしました: 作業 %2。</translation>
    </message>
    <message>
        <source>Scanned %1: not a site, block, section or activity code of this store.</source>
        <translation>%1 をスキャンしました: このストアの拠点・ブロック・セクション・作業のコードではありません。</translation>
    </message>
    <message>
        <source>The scanned code could not be read: %1</source>
        <translation>スキャンしたコードを読み取れませんでした: %1</translation>
    </message>
</context>
<context>
    <name>wh::NodeFiguresModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation>有給時間</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>処理量</translation>
    </message>
    <message>
        <source>Units per paid hour</source>
        <translation>有給時間あたり処理量</translation>
    </message>
</context>
<context>
    <name>wh::PeriodPicker</name>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去7日間</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>先月</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去30日間</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>期間を指定</translation>
    </message>
    <message>
        <source>ddd, MMM d, yyyy</source>
        <extracomment>QDate format of the period&apos;s from and to dates, e.g. &quot;Thu, Oct 22, 2026&quot;</extracomment>
        <translation>yyyy/MM/dd (ddd)</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>before the first date of a period: &quot;From [date] to [date]&quot;</extracomment>
        <translation>開始日</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>between the two dates of a period: &quot;From [date] to [date]&quot;</extracomment>
        <translation>終了日</translation>
    </message>
</context>
<context>
    <name>wh::PinScreen</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Sign in with your PIN</source>
        <translation>暗証番号で打刻</translation>
    </message>
    <message>
        <source>Enter your worker code and your PIN, then press OK.</source>
        <translation>社員コードと暗証番号を入力して、OK を押してください。</translation>
    </message>
    <message>
        <source>Worker code</source>
        <translation>社員コード</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>暗証番号</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>1字消す</translation>
    </message>
</context>
<context>
    <name>wh::ProgramSetup</name>
    <message>
        <source>The store (an SQLite file).</source>
        <translation>ストア（SQLite ファイル）。</translation>
    </message>
    <message>
        <source>Language: ja or en.</source>
        <translation>表示言語: ja または en。</translation>
    </message>
    <message>
        <source>Render the first screen to a PNG file after loading, then exit.</source>
        <translation>読み込み後に最初の画面を PNG ファイルに保存して終了します。</translation>
    </message>
    <message>
        <source>Log level: trace, debug, info, warn, error, critical or off.</source>
        <translation>ログレベル: trace、debug、info、warn、error、critical、off のいずれか。</translation>
    </message>
    <message>
        <source>Rotating log file (default: %1).</source>
        <translation>ローテーションするログファイル（省略時: %1）。</translation>
    </message>
</context>
<context>
    <name>wh::QuickScreenshot</name>
    <message>
        <source>The screenshot cannot be saved to %1.</source>
        <translation>スクリーンショットを %1 に保存できません。</translation>
    </message>
</context>
<context>
    <name>wh::ScannerKeyInput</name>
    <message>
        <source>Keyboard-wedge barcode scanner: the prefix it sends before each code.</source>
        <translation>キーボードウェッジ式バーコードスキャナー: 各コードの前に送るプレフィックス。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>Keyboard-wedge barcode scanner: the suffix it sends after each code (before Enter).</source>
        <translation>キーボードウェッジ式バーコードスキャナー: 各コードの後（Enter の前）に送るサフィックス。</translation>
    </message>
    <message>
        <source>Keyboard-wedge barcode scanner: the longest gap between two keys of a scan, in milliseconds (default 35).</source>
        <translation>キーボードウェッジ式バーコードスキャナー: スキャン中のキーとキーの最大間隔（ミリ秒、既定 35）。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <source>Keyboard-wedge barcode scanner: the character it types instead of GS (e.g. |), read as GS.</source>
        <translation>キーボードウェッジ式バーコードスキャナー: GS の代わりに入力する文字（例: |）。GS として読みます。</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Keyboard-wedge barcode scanner: the AIM symbology identifier (]C1, ]Q1, ...) is required, optional (default: split off when present) or none.</source>
        <translation>キーボードウェッジ式バーコードスキャナー: AIM シンボル識別子（]C1、]Q1 など）を required（必須）、optional（既定: あれば切り離す）、none（使わない）のどれにするか。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Keyboard-wedge barcode scanner: the key that ends a scan, enter (default), tab or none.</source>
        <translation>キーボードウェッジ式バーコードスキャナー: スキャンの終わりのキー。enter（既定）、tab、none のどれか。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>--scanner-gap-ms must be a number of milliseconds from 1 to 1000, not “%1”.</source>
        <translation>--scanner-gap-ms には 1～1000 のミリ秒数を指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>--scanner-gs-substitute must be one character (such as |), not “%1”.</source>
        <translation>--scanner-gs-substitute には 1 文字（| など）を指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>--scanner-aim must be required, optional or none, not “%1”.</source>
        <translation>--scanner-aim には required、optional、none のどれかを指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>--scanner-terminator must be enter, tab or none, not “%1”.</source>
        <translation>--scanner-terminator には enter、tab、none のどれかを指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>The scanner options (--scanner-…) do not fit together: %1 (%2).</source>
        <translation>スキャナーのオプション（--scanner-…）の組み合わせが正しくありません: %1（%2）。</translation>
    </message>
    <message>
        <source>Keyboard-wedge barcode scanner: the shortest code read as a scan (shorter fast input stays typed text; default 4, wh-manager 2).</source>
        <translation>キーボードウェッジ式バーコードスキャナー: スキャンとして読む最短のコード長（それより短い速い入力は文字入力のまま。既定 4、wh-manager は 2）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>数</translation>
    </message>
    <message>
        <source>--scanner-min-length must be a number of characters from 1 to %1, not “%2”.</source>
        <translation>--scanner-min-length には 1～%1 の文字数を指定してください（「%2」は使えません）。</translation>
    </message>
    <message>
        <source>A serial barcode scanner on this port (e.g. /dev/ttyUSB0), 9600 8N1 unless --scanner-serial-baud says otherwise; prefix, suffix and AIM as above.</source>
        <translation>このポートのシリアル接続バーコードスキャナー（例: /dev/ttyUSB0）。--scanner-serial-baud の指定がなければ 9600 8N1。プレフィックス・サフィックス・AIM は上と同じ。</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Serial barcode scanner: the baud rate (default 9600).</source>
        <translation>シリアル接続バーコードスキャナー: ボーレート（既定 9600）。</translation>
    </message>
    <message>
        <source>Serial barcode scanner: what ends a code, cr (default; an LF after it is dropped), lf, crlf or none (a silence).</source>
        <translation>シリアル接続バーコードスキャナー: コードの終端。cr（既定。直後の LF は捨てる）、lf、crlf、none（無通信で区切る）。</translation>
    </message>
    <message>
        <source>END</source>
        <translation>終端</translation>
    </message>
    <message>
        <source>--scanner-serial-baud must be a baud rate such as 9600 or 115200, not “%1”.</source>
        <translation>--scanner-serial-baud には 9600 や 115200 などのボーレートを指定してください（指定値: “%1”）。</translation>
    </message>
    <message>
        <source>--scanner-serial-terminator must be cr, lf, crlf or none, not “%1”.</source>
        <translation>--scanner-serial-terminator には cr、lf、crlf、none のいずれかを指定してください（指定値: “%1”）。</translation>
    </message>
</context>
<context>
    <name>wh::WidgetScreenshot</name>
    <message>
        <source>The screenshot cannot be saved to %1.</source>
        <translation>スクリーンショットを %1 に保存できません。</translation>
    </message>
</context>
<context>
    <name>wh::WorkerCardScreen</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Not clocked in</source>
        <translation>未出勤</translation>
    </message>
    <message>
        <source>Working on %1</source>
        <translation>作業中：%1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <source>On a break (%1)</source>
        <extracomment>%1 is the break activity, e.g. &quot;Break&quot;</extracomment>
        <translation>休憩中（%1）</translation>
    </message>
    <message>
        <source>Worked today: %1</source>
        <translation>本日の勤務時間：%1</translation>
    </message>
    <message>
        <source>Your last shift was left open too long. It is closed as forgotten and a leader will check it; this tap starts a new shift.</source>
        <translation>前回の勤務が退勤打刻のまま長時間残っていました。打刻漏れとして締め、リーダーが確認します。今回のタッチから新しい勤務になります。</translation>
    </message>
    <message>
        <source>Clock in</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Back to work</source>
        <translation>作業に戻る</translation>
    </message>
    <message>
        <source>Switch activity</source>
        <translation>作業切替</translation>
    </message>
    <message>
        <source>Start a break</source>
        <translation>休憩</translation>
    </message>
    <message>
        <source>Clock out</source>
        <translation>退勤</translation>
    </message>
</context>
<context>
    <name>wh::WorkflowListModel</name>
    <message>
        <source>Measure</source>
        <translation>採寸</translation>
    </message>
    <message>
        <source>Measure a garment against its care-label QR</source>
        <translation>洗濯ネームの QR コードの寸法で採寸チェック</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>検品</translation>
    </message>
    <message>
        <source>Record defects with a photo</source>
        <translation>不良を写真付きで記録</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Scan items through production stages</source>
        <translation>工程の通過をスキャン</translation>
    </message>
    <message>
        <source>Switch activity</source>
        <translation>作業切替</translation>
    </message>
    <message>
        <source>Punch into another activity</source>
        <translation>別の作業に切り替え</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>準備中</translation>
    </message>
</context>
<context>
    <name>wh::cli</name>
    <message>
        <source>%1 (store: %2)</source>
        <translation>%1（ストア: %2）</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>building the demo warehouse</source>
        <translation>デモ倉庫を作成中</translation>
    </message>
    <message>
        <source>Warehouse operations suite: administration.

Commands:
  init     create or upgrade a store
  demo     build the demo warehouse into a new store
  info     print what a store holds
  rebuild  derive punch intervals and units again from the events</source>
        <translation type="vanished">倉庫業務スイート: 管理ツール。

コマンド:
  init     ストアを作成またはアップグレード
  demo     新しいストアにデモ倉庫を作成
  info     ストアの内容を表示
  rebuild  イベントから打刻区間と処理量を作り直す</translation>
    </message>
    <message>
        <source>init, demo, info or rebuild</source>
        <translation type="vanished">init、demo、info、rebuild のいずれか</translation>
    </message>
    <message>
        <source>demo: number of business days (default 30).</source>
        <translation>demo: 稼働日数（省略時 30）。</translation>
    </message>
    <message>
        <source>demo: random seed (default 1).</source>
        <translation>demo: 乱数シード（省略時 1）。</translation>
    </message>
    <message>
        <source>demo: first business day, YYYY-MM-DD (default: the period ends yesterday).</source>
        <translation>demo: 最初の稼働日 YYYY-MM-DD（省略時: 昨日で終わる期間）。</translation>
    </message>
    <message>
        <source>wh: a command is needed</source>
        <translation>wh: コマンドを指定してください</translation>
    </message>
    <message>
        <source>wh: unknown command &quot;%1&quot;</source>
        <translation>wh: 不明なコマンド「%1」</translation>
    </message>
    <message>
        <source>wh %1: --db FILE is needed</source>
        <translation>wh %1: --db FILE を指定してください</translation>
    </message>
    <message>
        <source>wh demo: --days must be a positive number</source>
        <translation>wh demo: --days には正の数を指定してください</translation>
    </message>
    <message>
        <source>wh demo: --seed must be a non-negative number</source>
        <translation>wh demo: --seed には 0 以上の数を指定してください</translation>
    </message>
    <message>
        <source>wh demo: --start must be a date, YYYY-MM-DD</source>
        <translation>wh demo: --start には日付（YYYY-MM-DD）を指定してください</translation>
    </message>
    <message>
        <source>the store has no kiosk device; name one with --device</source>
        <translation>ストアにキオスク端末がありません。--device で端末を指定してください</translation>
    </message>
    <message>
        <source>Warehouse operations suite: administration.

Commands:
  init     create or upgrade a store
  demo     build the demo warehouse into a new store
  info     print what a store holds
  rebuild  derive punch intervals and units again from the events
  punch    punch a worker (or show their state) as a kiosk would</source>
        <translation type="vanished">倉庫業務スイート: 管理ツール。

コマンド:
  init     ストアを作成またはアップグレード
  demo     新しいストアにデモ倉庫を作成
  info     ストアの内容を表示
  rebuild  イベントから打刻区間と処理量を作り直す
  punch    キオスクと同じように作業者を打刻（または状態を表示）</translation>
    </message>
    <message>
        <source>init, demo, info, rebuild or punch</source>
        <translation type="vanished">init、demo、info、rebuild、punch のいずれか</translation>
    </message>
    <message>
        <source>punch: the worker&apos;s badge id.</source>
        <translation>punch：作業者の入館証番号。</translation>
    </message>
    <message>
        <source>punch: the worker&apos;s code (instead of a badge).</source>
        <translation>punch：作業者の社員コード（入館証の代わり）。</translation>
    </message>
    <message>
        <source>punch: the device punched at (default: the first kiosk); it sets the site.</source>
        <translation>punch：打刻する端末（既定：最初のキオスク）。拠点は端末から決まります。</translation>
    </message>
    <message>
        <source>punch: clock in on, or switch to, this activity.</source>
        <translation>punch：この作業で出勤、またはこの作業へ切替。</translation>
    </message>
    <message>
        <source>punch: start a break.</source>
        <translation>punch：休憩に入る。</translation>
    </message>
    <message>
        <source>punch: clock out.</source>
        <translation>punch：退勤。</translation>
    </message>
    <message>
        <source>punch: ask the forgotten-punch guard whether the worker may start this workflow (measure, inspect, pack, ...); punches nothing.</source>
        <translation>punch：作業者がこのワークフロー（採寸・検品・梱包など）を始めてよいか、打刻漏れチェックに問い合わせます。打刻はしません。</translation>
    </message>
    <message>
        <source>wh punch: give --badge or --worker, and at most one of --activity, --break, --clock-out, --workflow</source>
        <translation>wh punch：--badge か --worker を指定し、--activity、--break、--clock-out、--workflow はいずれか一つまで指定してください</translation>
    </message>
    <message>
        <source>totalling every day</source>
        <translation>全日を集計中</translation>
    </message>
    <message>
        <source>totalling the dirty days</source>
        <translation>要再集計の日を集計中</translation>
    </message>
    <message>
        <source>--site, --activity, --day, --quantity and --by are needed</source>
        <translation>--site、--activity、--day、--quantity、--by が必要です</translation>
    </message>
    <message>
        <source>give either --worker or --team</source>
        <translation>--worker か --team のどちらかを指定してください</translation>
    </message>
    <message>
        <source>--quantity must be a whole number above zero, not &quot;%1&quot;</source>
        <translation>--quantity は 1 以上の整数で指定してください（「%1」は使えません）</translation>
    </message>
    <message>
        <source>--day must be a date, YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--day は YYYY-MM-DD 形式の日付で指定してください（「%1」は使えません）</translation>
    </message>
    <message>
        <source>the business day is in the future</source>
        <translation>営業日が未来の日付です</translation>
    </message>
    <message>
        <source>a break activity has no units</source>
        <translation>休憩の作業には処理数がありません</translation>
    </message>
    <message>
        <source>the activity is not offered at this site</source>
        <translation>この拠点ではその作業を扱っていません</translation>
    </message>
    <message>
        <source>the site has no device to record the entry; name one with --device</source>
        <translation type="vanished">この拠点には記録する端末がありません。--device で指定してください</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>チーム %1</translation>
    </message>
    <message>
        <source>Warehouse operations suite: administration.

Commands:
  init     create or upgrade a store
  demo     build the demo warehouse into a new store
  info     print what a store holds
  rebuild  derive punch intervals and units again from the events
  punch    punch a worker (or show their state) as a kiosk would
  aggregate  total the daily summaries again (--dirty or --full)
  units add  record a manual end-of-day units entry</source>
        <translation type="vanished">倉庫業務スイート：管理コマンド

コマンド:
  init     ストアを作成または更新する
  demo     新しいストアにデモ倉庫を作る
  info     ストアの内容を表示する
  rebuild  イベントから打刻区間と処理数を導出し直す
  punch    キオスクと同じように作業者を打刻する（または状態を表示する）
  aggregate  日次集計をやり直す（--dirty または --full）
  units add  手入力の終業時処理数を記録する</translation>
    </message>
    <message>
        <source>init, demo, info, rebuild, punch, aggregate or units add</source>
        <translation type="vanished">init、demo、info、rebuild、punch、aggregate、units add のいずれか</translation>
    </message>
    <message>
        <source>aggregate: total only what was marked dirty.</source>
        <translation>aggregate: 再集計が必要と印の付いた分だけ集計する。</translation>
    </message>
    <message>
        <source>aggregate: total every day again.</source>
        <translation>aggregate: 全日を集計し直す。</translation>
    </message>
    <message>
        <source>units add: the site.</source>
        <translation type="vanished">units add: 拠点。</translation>
    </message>
    <message>
        <source>units add: the team (instead of --worker).</source>
        <translation>units add: チーム（--worker の代わり）。</translation>
    </message>
    <message>
        <source>units add: the business day, YYYY-MM-DD.</source>
        <translation>units add: 営業日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>units add: the units processed.</source>
        <translation>units add: 処理数。</translation>
    </message>
    <message>
        <source>units add: who enters the figure.</source>
        <translation>units add: 入力する人。</translation>
    </message>
    <message>
        <source>units add: a note or reference (optional).</source>
        <translation>units add: メモまたは参照（任意）。</translation>
    </message>
    <message>
        <source>wh aggregate: give --dirty or --full</source>
        <translation>wh aggregate: --dirty か --full を指定してください</translation>
    </message>
    <message>
        <source>--reason and --by are needed: every correction says why and who</source>
        <translation>--reason と --by が必要です。修正には必ず理由と修正者を残します</translation>
    </message>
    <message>
        <source>--interval must be an interval id (the id of its start event)</source>
        <translation>--interval には区間 ID（開始イベントの ID）を指定してください</translation>
    </message>
    <message>
        <source>no such punch interval</source>
        <translation>その打刻区間はありません</translation>
    </message>
    <message>
        <source>give --activity, --start-at or --end-at to change, or --remove</source>
        <translation>変更するには --activity、--start-at、--end-at のいずれかを、削除するには --remove を指定してください</translation>
    </message>
    <message>
        <source>to add a missing interval give --worker, --site, --activity, --start-at and --end-at; to change or remove one give --interval</source>
        <translation>抜けた区間を追加するには --worker、--site、--activity、--start-at、--end-at を、変更・削除するには --interval を指定してください</translation>
    </message>
    <message>
        <source>--start-at and --end-at are the site&apos;s local time, YYYY-MM-DDTHH:MM</source>
        <translation>--start-at と --end-at は拠点の現地時刻で YYYY-MM-DDTHH:MM 形式です</translation>
    </message>
    <message>
        <source>Warehouse operations suite: administration.

Commands:
  init     create or upgrade a store
  demo     build the demo warehouse into a new store
  info     print what a store holds
  rebuild  derive punch intervals and units again from the events
  punch    punch a worker (or show their state) as a kiosk would
  aggregate  total the daily summaries again (--dirty or --full)
  units add  record a manual end-of-day units entry
  correct  change, add or remove a punch interval (with a reason)</source>
        <translation type="vanished">倉庫業務スイート：管理コマンド

コマンド:
  init     ストアを作成または更新する
  demo     新しいストアにデモ倉庫を作る
  info     ストアの内容を表示する
  rebuild  イベントから打刻区間と処理数を導出し直す
  punch    キオスクと同じように作業者を打刻する（または状態を表示する）
  aggregate  日次集計をやり直す（--dirty または --full）
  units add  手入力の終業時処理数を記録する
  correct  打刻区間を変更・追加・削除する（理由つき）</translation>
    </message>
    <message>
        <source>init, demo, info, rebuild, punch, aggregate, units add or correct</source>
        <translation type="vanished">init、demo、info、rebuild、punch、aggregate、units add、correct のいずれか</translation>
    </message>
    <message>
        <source>correct: the interval to change or remove.</source>
        <translation>correct: 変更または削除する区間。</translation>
    </message>
    <message>
        <source>correct: new start, site time YYYY-MM-DDTHH:MM.</source>
        <translation>correct: 新しい開始時刻（拠点時刻 YYYY-MM-DDTHH:MM）。</translation>
    </message>
    <message>
        <source>correct: new end, site time YYYY-MM-DDTHH:MM.</source>
        <translation>correct: 新しい終了時刻（拠点時刻 YYYY-MM-DDTHH:MM）。</translation>
    </message>
    <message>
        <source>correct: remove the interval.</source>
        <translation>correct: 区間を削除する。</translation>
    </message>
    <message>
        <source>correct: why (required).</source>
        <translation>correct: 理由（必須）。</translation>
    </message>
    <message>
        <source>the store has no manager device; name one with --device</source>
        <translation type="vanished">ストアに管理端末がありません。--device で指定してください</translation>
    </message>
    <message>
        <source>importing attendance</source>
        <translation>勤怠を取り込み中</translation>
    </message>
    <message>
        <source>Warehouse operations suite: administration.

Commands:
  init     create or upgrade a store
  demo     build the demo warehouse into a new store
  info     print what a store holds
  rebuild  derive punch intervals and units again from the events
  punch    punch a worker (or show their state) as a kiosk would
  aggregate  total the daily summaries again (--dirty or --full)
  units add  record a manual end-of-day units entry
  correct  change, add or remove a punch interval (with a reason)
  attendance import FILE  official clock-in/out times (CSV, UTF-8 or Shift_JIS)</source>
        <translation type="vanished">倉庫業務スイート：管理コマンド

コマンド:
  init     ストアを作成または更新する
  demo     新しいストアにデモ倉庫を作る
  info     ストアの内容を表示する
  rebuild  イベントから打刻区間と処理数を導出し直す
  punch    キオスクと同じように作業者を打刻する（または状態を表示する）
  aggregate  日次集計をやり直す（--dirty または --full）
  units add  手入力の終業時処理数を記録する
  correct  打刻区間を変更・追加・削除する（理由つき）
  attendance import FILE  正式な出退勤時刻を取り込む（CSV、UTF-8 または Shift_JIS）</translation>
    </message>
    <message>
        <source>init, demo, info, rebuild, punch, aggregate, units add, correct or attendance import FILE</source>
        <translation type="vanished">init、demo、info、rebuild、punch、aggregate、units add、correct、attendance import FILE のいずれか</translation>
    </message>
    <message>
        <source>wh anomalies: --from and --to are dates, YYYY-MM-DD</source>
        <translation>wh anomalies: --from と --to は YYYY-MM-DD 形式の日付です</translation>
    </message>
    <message>
        <source>no flags: every figure is within its usual pattern, or there is too little history (two weeks)</source>
        <translation>フラグなし：すべての数値がいつもの範囲内か、履歴（2 週間）が足りません</translation>
    </message>
    <message>
        <source>Warehouse operations suite: administration.

Commands:
  init     create or upgrade a store
  demo     build the demo warehouse into a new store
  info     print what a store holds
  rebuild  derive punch intervals and units again from the events
  punch    punch a worker (or show their state) as a kiosk would
  aggregate  total the daily summaries again (--dirty or --full)
  units add  record a manual end-of-day units entry
  correct  change, add or remove a punch interval (with a reason)
  attendance import FILE  official clock-in/out times (CSV, UTF-8 or Shift_JIS)
  anomalies  flag days whose productivity or unit cost left their pattern</source>
        <translation type="vanished">倉庫業務スイート：管理コマンド

コマンド:
  init     ストアを作成または更新する
  demo     新しいストアにデモ倉庫を作る
  info     ストアの内容を表示する
  rebuild  イベントから打刻区間と処理数を導出し直す
  punch    キオスクと同じように作業者を打刻する（または状態を表示する）
  aggregate  日次集計をやり直す（--dirty または --full）
  units add  手入力の終業時処理数を記録する
  correct  打刻区間を変更・追加・削除する（理由つき）
  attendance import FILE  正式な出退勤時刻を取り込む（CSV、UTF-8 または Shift_JIS）
  anomalies  生産性や単位コストがいつものパターンから外れた日にフラグを立てる</translation>
    </message>
    <message>
        <source>init, demo, info, rebuild, punch, aggregate, units add, correct, attendance import FILE or anomalies</source>
        <translation type="vanished">init、demo、info、rebuild、punch、aggregate、units add、correct、attendance import FILE、anomalies のいずれか</translation>
    </message>
    <message>
        <source>anomalies: first business day, YYYY-MM-DD.</source>
        <translation type="vanished">anomalies: 最初の営業日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>anomalies: last business day, YYYY-MM-DD.</source>
        <translation type="vanished">anomalies: 最後の営業日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>no device to record this at; name one with --device</source>
        <translation>記録する端末がありません。--device で指定してください</translation>
    </message>
    <message>
        <source>--lang must be ja or en, not &quot;%1&quot;</source>
        <translation>--lang は ja か en です（「%1」は使えません）</translation>
    </message>
    <message>
        <source>--site, --from, --to and --out are needed</source>
        <translation>--site、--from、--to、--out が必要です</translation>
    </message>
    <message>
        <source>--from must be a date, YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--from は日付（YYYY-MM-DD）です（「%1」ではありません）</translation>
    </message>
    <message>
        <source>--to must be a date, YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--to は日付（YYYY-MM-DD）です（「%1」ではありません）</translation>
    </message>
    <message>
        <source>the period starts after it ends: --from %1 is after --to %2</source>
        <translation>期間の開始が終了より後です: --from %1 が --to %2 より後になっています</translation>
    </message>
    <message>
        <source>--level must be block, section or activity, not &quot;%1&quot;</source>
        <translation>--level は block、section、activity のいずれかです（「%1」は使えません）</translation>
    </message>
    <message>
        <source>give --format csv, pdf or png (or an --out name ending in .csv, .pdf or .png)</source>
        <translation>--format に csv、pdf、png のいずれかを指定してください（または --out のファイル名を .csv、.pdf、.png で終えてください）</translation>
    </message>
    <message>
        <source>--format must be csv, pdf or png, not &quot;%1&quot;</source>
        <translation>--format は csv、pdf、png のいずれかです（「%1」は使えません）</translation>
    </message>
    <message>
        <source>--excel is for --format csv only</source>
        <translation>--excel は --format csv のときだけ使えます</translation>
    </message>
    <message>
        <source>--out %1 is a folder, not a file</source>
        <translation>--out %1 はフォルダーです。ファイル名を指定してください</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>%1 に書き込めません: フォルダー %2 がありません</translation>
    </message>
    <message>
        <source>PDF and PNG reports need the program&apos;s graphics support, which did not start</source>
        <translation>PDF と PNG のレポートには描画機能が必要ですが、起動できませんでした</translation>
    </message>
    <message>
        <source>unknown site &quot;%1&quot; (the store&apos;s sites: %2)</source>
        <translation>拠点「%1」はありません（このストアの拠点: %2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>reading the figures</source>
        <translation>実績を読み込み中</translation>
    </message>
    <message>
        <source>no figures for site %1 from %2 to %3: nothing was written to %4</source>
        <translation>拠点 %1 の %2〜%3 の実績はありません。%4 には何も書き込んでいません</translation>
    </message>
    <message>
        <source>writing the PDF</source>
        <translation>PDF を作成中</translation>
    </message>
    <message>
        <source>the report was not written: %1</source>
        <translation>レポートを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Warehouse operations suite: administration.

Commands:
  init     create or upgrade a store
  demo     build the demo warehouse into a new store
  info     print what a store holds
  rebuild  derive punch intervals and units again from the events
  punch    punch a worker (or show their state) as a kiosk would
  aggregate  total the daily summaries again (--dirty or --full)
  units add  record a manual end-of-day units entry
  correct  change, add or remove a punch interval (with a reason)
  attendance import FILE  official clock-in/out times (CSV, UTF-8 or Shift_JIS)
  anomalies  flag days whose productivity or unit cost left their pattern
  report   a site&apos;s figures over a period as CSV, PDF or a PNG trend chart</source>
        <translation>倉庫業務スイート：管理コマンド

コマンド:
  init     ストアを作成または更新する
  demo     新しいストアにデモ倉庫を作る
  info     ストアの内容を表示する
  rebuild  イベントから打刻区間と処理数を導出し直す
  punch    キオスクと同じように作業者を打刻する（または状態を表示する）
  aggregate  日次集計をやり直す（--dirty または --full）
  units add  手入力の終業時処理数を記録する
  correct  打刻区間を変更・追加・削除する（理由つき）
  attendance import FILE  正式な出退勤時刻を取り込む（CSV、UTF-8 または Shift_JIS）
  anomalies  生産性や単位コストがいつものパターンから外れた日にフラグを立てる
  report   拠点の期間の実績を CSV、PDF、または推移グラフの PNG に出力する</translation>
    </message>
    <message>
        <source>init, demo, info, rebuild, punch, aggregate, units add, correct, attendance import FILE, anomalies or report</source>
        <translation>init、demo、info、rebuild、punch、aggregate、units add、correct、attendance import FILE、anomalies、report のいずれか</translation>
    </message>
    <message>
        <source>units add, report: the site.</source>
        <translation>units add、report: 拠点。</translation>
    </message>
    <message>
        <source>anomalies, report: first business day, YYYY-MM-DD.</source>
        <translation>anomalies、report: 最初の営業日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>anomalies, report: last business day, YYYY-MM-DD.</source>
        <translation>anomalies、report: 最後の営業日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>report: rows down to block, section or activity (default activity).</source>
        <translation>report: 行をどの階層まで出すか。block、section、activity（既定は activity）。</translation>
    </message>
    <message>
        <source>report: csv, pdf or png (default: from the --out name).</source>
        <translation>report: csv、pdf、png（既定は --out のファイル名の拡張子から）。</translation>
    </message>
    <message>
        <source>report: the file to write.</source>
        <translation>report: 書き出すファイル。</translation>
    </message>
    <message>
        <source>report: CSV with a byte order mark, for spreadsheet programs.</source>
        <translation>report: 表計算ソフト向けに BOM 付きの CSV にする。</translation>
    </message>
    <message>
        <source>report: language of the report and its messages, ja or en (default: the system&apos;s, %1).</source>
        <translation type="vanished">report: レポートとメッセージの言語。ja または en（既定はシステムの言語: %1）。</translation>
    </message>
    <message>
        <source>Language of the messages: ja or en.</source>
        <translation>メッセージの言語: ja または en。</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>ファイルではありません</translation>
    </message>
    <message>
        <source>not an image, or a format that cannot be read</source>
        <translation>画像ではないか、読めない形式です</translation>
    </message>
    <message>
        <source>the image cannot be read (truncated or damaged file)</source>
        <translation>画像を読めません（途中で切れているか壊れたファイル）</translation>
    </message>
    <message>
        <source>the image is empty (no pixels)</source>
        <translation>画像が空です（画素がありません）</translation>
    </message>
    <message>
        <source>the image is too large (at most %1 pixels a side and %2 megapixels): %3</source>
        <translation>画像が大きすぎます（一辺 %1 画素、%2 メガ画素まで）: %3</translation>
    </message>
    <message>
        <source>unsupported pixel format</source>
        <translation>対応していない画素形式です</translation>
    </message>
    <message>
        <source>Decode the barcodes in image files: one line per symbol, tab-separated: file, format, text (\\ \t \n \r and \xHH escaped), microseconds spent on the file, AIM symbology identifier, GS1 HRI. A file without a symbol prints the format None, a file that cannot be read prints Invalid and the reason.</source>
        <translation>画像ファイルのバーコードを読み取ります。シンボルごとに 1 行、タブ区切り: ファイル、形式、テキスト（\\ \t \n \r と \xHH でエスケープ）、そのファイルにかかったマイクロ秒、AIM シンボル識別子、GS1 HRI。シンボルのないファイルは形式 None、読めないファイルは Invalid と理由を出力します。</translation>
    </message>
    <message>
        <source>the subcommand</source>
        <translation>サブコマンド</translation>
    </message>
    <message>
        <source>image files (PNG, JPEG, ...)</source>
        <translation>画像ファイル（PNG、JPEG など）</translation>
    </message>
    <message>
        <source>Print a header line first (a TSV table).</source>
        <translation>最初に見出し行を出力します（TSV の表）。</translation>
    </message>
    <message>
        <source>Only these formats, comma-separated (e.g. QRCode,Code128,EAN13); default all: %1.</source>
        <translation>これらの形式だけを読みます（カンマ区切り、例: QRCode,Code128,EAN13）。既定はすべて: %1。</translation>
    </message>
    <message>
        <source>Time budget per image in milliseconds (default %1).</source>
        <translation>画像 1 枚あたりの時間の上限（ミリ秒、既定 %1）。</translation>
    </message>
    <message>
        <source>Look for up to N different symbols per image (default 1).</source>
        <translation>画像 1 枚から異なるシンボルを最大 N 個探します（既定 1）。</translation>
    </message>
    <message>
        <source>give one or more image files</source>
        <translation>画像ファイルを 1 つ以上指定してください</translation>
    </message>
    <message>
        <source>--budget must be a number of milliseconds, not &quot;%1&quot;</source>
        <translation>--budget はミリ秒の数値で指定してください（&quot;%1&quot; ではなく）</translation>
    </message>
    <message>
        <source>--max-symbols must be a number from 1 to 100, not &quot;%1&quot;</source>
        <translation>--max-symbols は 1 から 100 の数値で指定してください（&quot;%1&quot; ではなく）</translation>
    </message>
    <message>
        <source>unknown barcode format in --formats &quot;%1&quot;; the formats are %2</source>
        <translation>--formats &quot;%1&quot; に不明なバーコード形式があります。形式は %2 です</translation>
    </message>
    <message>
        <source>usage: wh scan COMMAND ...; the commands: %1 (wh scan COMMAND --help)</source>
        <translation>使い方: wh scan コマンド ...。コマンド: %1（wh scan コマンド --help）</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands: %2</source>
        <translation>不明なコマンド &quot;%1&quot;。コマンド: %2</translation>
    </message>
    <message>
        <source>language of the messages and of a report, ja or en (default: the system&apos;s, %1).</source>
        <translation>メッセージとレポートの言語、ja または en（既定: システムの言語、%1）。</translation>
    </message>
    <message>
        <source>wh: --lang must be ja or en, not &quot;%1&quot;</source>
        <translation>wh: --lang には ja か en を指定してください（指定値: &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>Show what a GS1 barcode&apos;s text holds: one line per element (AI and value, title, typed value, problems), then the HRI. TEXT is an element string (GS written as &lt;GS&gt;, optionally after an AIM identifier such as ]C1), bracketed HRI such as (01)09506000134352(10)ABC or a GS1 Digital Link URI. Exit code 1 when the text is not valid GS1 data.</source>
        <translation>GS1 バーコードの文字列の中身を表示します: エレメントごとに 1 行（AI と値、名称、型付きの値、問題点）、最後に HRI。TEXT はエレメント文字列（GS は &lt;GS&gt; と書く。]C1 などの AIM 識別子を前に付けてもよい）、(01)09506000134352(10)ABC のような括弧付き HRI、または GS1 デジタルリンク URI。正しい GS1 データでなければ終了コード 1。</translation>
    </message>
    <message>
        <source>the scanned text</source>
        <translation>読み取った文字列</translation>
    </message>
    <message>
        <source>A character that stands for GS in TEXT (such as |).</source>
        <translation>TEXT の中で GS の代わりに使う文字（| など）。</translation>
    </message>
    <message>
        <source>Judge two-digit years against this date (YYYY-MM-DD; default today).</source>
        <translation>2 桁の年をこの日付を基準に判断する（YYYY-MM-DD。既定は今日）。</translation>
    </message>
    <message>
        <source>give exactly one TEXT (quote it)</source>
        <translation>TEXT を 1 つだけ指定してください（引用符で囲む）</translation>
    </message>
    <message>
        <source>--gs must be one character, not &quot;%1&quot;</source>
        <translation>--gs は 1 文字で指定してください（「%1」ではなく）</translation>
    </message>
    <message>
        <source>--today must be a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--today は YYYY-MM-DD 形式の日付で指定してください（「%1」ではなく）</translation>
    </message>
    <message>
        <source>the barcode library failed on this image and was restarted without that step (%1)</source>
        <translation>バーコードライブラリがこの画像で異常終了したため、その手順を除いて再開しました（%1）</translation>
    </message>
</context>
<context>
    <name>wh::cli::Gs1Command</name>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>無効: %1</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>no GS1 data</source>
        <translation>GS1 データがありません</translation>
    </message>
</context>
<context>
    <name>wh::drivers::CameraSource</name>
    <message>
        <source>This device has no camera.</source>
        <translation>この端末にはカメラがありません。</translation>
    </message>
    <message>
        <source>There is no camera &quot;%1&quot;.</source>
        <translation>カメラ &quot;%1&quot; が見つかりません。</translation>
    </message>
    <message>
        <source>The camera was disconnected.</source>
        <translation>カメラの接続が切れました。</translation>
    </message>
</context>
<context>
    <name>wh::reports::AnomalyFlags</name>
    <message>
        <source>productivity</source>
        <translation>生産性</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>単位コスト（1 個あたり人件費）</translation>
    </message>
    <message>
        <source>hours with no units</source>
        <translation>処理数のない作業時間</translation>
    </message>
    <message>
        <source>units with no hours</source>
        <translation>作業時間のない処理数</translation>
    </message>
    <message>
        <source>a forgotten clock-out</source>
        <translation>退勤打刻忘れ</translation>
    </message>
    <message>
        <source>a slow day, or units not counted</source>
        <translation>作業が遅かった日、または処理数の計上漏れ</translation>
    </message>
    <message>
        <source>a fast day, or hours punched on another activity</source>
        <translation>作業が速かった日、または別の作業への打刻</translation>
    </message>
    <message>
        <source>paid hours</source>
        <translation>作業時間</translation>
    </message>
</context>
<context>
    <name>wh::reports::ReportExport</name>
    <message>
        <source>Site total</source>
        <translation>拠点合計</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <extracomment>QDate format of the report&apos;s period, e.g. 2026-11-02</extracomment>
        <translation>yyyy/MM/dd</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>処理量</translation>
    </message>
    <message>
        <source>Mixed units (1 = units of unlike activities added)</source>
        <translation>異種合算（1 = 異なる作業の処理量を合算）</translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation>作業時間（h）</translation>
    </message>
    <message>
        <source>Productivity (units/h)</source>
        <translation>生産性（個/h）</translation>
    </message>
    <message>
        <source>Labor cost (yen)</source>
        <translation>人件費（円）</translation>
    </message>
    <message>
        <source>Unit cost (yen/unit)</source>
        <translation>単価（円/個）</translation>
    </message>
    <message>
        <source>Standard (units/h)</source>
        <translation>標準生産性（個/h）</translation>
    </message>
    <message>
        <source>Performance (%)</source>
        <translation>達成率（%）</translation>
    </message>
    <message>
        <source>Productivity and unit cost report</source>
        <translation>生産性・単価レポート</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>拠点: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3 days)</source>
        <translation>期間: %1〜%2（%3日間）</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>集計レベル: %1</translation>
    </message>
    <message>
        <source>Hours are paid hours (breaks left out). Productivity = units / hours; unit cost = labor cost / units; performance = standard hours earned / hours of the activities that have a standard.</source>
        <translation>作業時間は有給の作業時間（休憩を除く）です。生産性 = 処理量 / 作業時間、単価 = 人件費 / 処理量、達成率 = 標準時間 / 標準のある作業の作業時間。</translation>
    </message>
    <message>
        <source>&quot;Mixed units&quot;: the row adds up the units of different activities; compare its productivity and unit cost with the same row over time, not with other rows.</source>
        <translation>「異種合算」: 異なる作業の処理量を合算した行です。生産性と単価は他の行とではなく、同じ行の推移で比べてください。</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>作成日時: %1</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy/MM/dd HH:mm</translation>
    </message>
    <message>
        <source>Block / section / activity</source>
        <translation>ブロック / セクション / アクティビティ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Hours</source>
        <extracomment>PDF column header: paid hours</extracomment>
        <translation>作業時間</translation>
    </message>
    <message>
        <source>Units/h</source>
        <extracomment>PDF column header: productivity, units per paid hour</extracomment>
        <translation>生産性（個/h）</translation>
    </message>
    <message>
        <source>Cost (yen)</source>
        <extracomment>PDF column header: labor cost in yen</extracomment>
        <translation>人件費（円）</translation>
    </message>
    <message>
        <source>Yen/unit</source>
        <extracomment>PDF column header: unit cost, yen per unit</extracomment>
        <translation>単価（円/個）</translation>
    </message>
    <message>
        <source>Std units/h</source>
        <extracomment>PDF column header: the activity&apos;s standard, units per hour</extracomment>
        <translation>標準（個/h）</translation>
    </message>
    <message>
        <source>Perf. %</source>
        <extracomment>PDF column header: performance against the standard, percent</extracomment>
        <translation>達成率 %</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Site total: %1</source>
        <translation>拠点合計: %1</translation>
    </message>
    <message>
        <source>mixed units</source>
        <translation>異種合算</translation>
    </message>
    <message>
        <source>Monthly trend, site total: %1</source>
        <translation>月別推移（拠点合計）: %1</translation>
    </message>
    <message>
        <source>Daily trend, site total: %1</source>
        <translation>日別推移（拠点合計）: %1</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>生産性</translation>
    </message>
    <message>
        <source>units/h</source>
        <translation>個/h</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>単価</translation>
    </message>
    <message>
        <source>yen/unit</source>
        <translation>円/個</translation>
    </message>
    <message>
        <source>wh report: %1, %2 to %3, level %4</source>
        <translation>wh report: %1、%2〜%3、集計レベル %4</translation>
    </message>
    <message>
        <source>%1    %2    %3</source>
        <extracomment>The report&apos;s first subtitle line: site, period, level</extracomment>
        <translation>%1&#x3000;&#x3000;%2&#x3000;&#x3000;%3</translation>
    </message>
    <message>
        <source>The chart has a point per month; the first and last month count only the days inside the period.</source>
        <translation>グラフは月ごとの値です。最初と最後の月は期間内の日だけを集計しています。</translation>
    </message>
</context>
<context>
    <name>wh::reports::ReportRender</name>
    <message>
        <source>No data for this period.</source>
        <translation>この期間のデータはありません。</translation>
    </message>
    <message>
        <source>%1 (right axis)</source>
        <extracomment>Legend entry of a series drawn against the chart&apos;s right-hand axis.</extracomment>
        <translation>%1（右軸）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Page number in the PDF report&apos;s footer: page %1 of %2.</extracomment>
        <translation>%1 / %2</translation>
    </message>
</context>
</TS>
