<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is the state (&quot;Working&quot;), %2 since when (&quot;since 08:12&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Choose an activity to clock in.</source>
        <translation>作業を選んで出勤してください。</translation>
    </message>
    <message>
        <source>Find an activity (name or code)</source>
        <translation>作業を検索（名前・コード）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
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
        <source>No activity matches.</source>
        <translation>一致する作業はありません。</translation>
    </message>
    <message>
        <source>No activities to show.</source>
        <translation>表示できる作業はありません。</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>休憩</translation>
    </message>
    <message>
        <source>Clock out</source>
        <translation>退勤</translation>
    </message>
    <message>
        <source>Clock out now?</source>
        <translation>退勤しますか？</translation>
    </message>
    <message>
        <source>Your shift ends now. Do this when you leave work.</source>
        <translation>本日の勤務を終了します。帰るときに押してください。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>CameraScanPage</name>
    <message>
        <source>Hold the code inside the frame</source>
        <translation>枠の中にコードを合わせてください</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <extracomment>%1 is the text of the code the camera read last</extracomment>
        <translation>読み取り：%1</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>カメラを起動</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Tape measure</source>
        <translation>メジャー</translation>
    </message>
    <message>
        <source>None chosen yet</source>
        <translation>未選択</translation>
    </message>
    <message>
        <source>A simulator, for training and demos: readings are not from a real tape.</source>
        <translation>練習・デモ用のシミュレーターです。実際のメジャーの測定値ではありません。</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>再接続</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>登録解除</translation>
    </message>
    <message>
        <source>Choose a tape measure</source>
        <translation>メジャーを選択</translation>
    </message>
    <message>
        <source>for training</source>
        <translation>練習用</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>ラベルプリンター</translation>
    </message>
    <message>
        <source>IP address, e.g. 192.168.1.50:9100</source>
        <translation>IP アドレス（例: 192.168.1.50:9100）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Labels waiting to print: %1</source>
        <translation>印刷待ちのラベル：%1 枚</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>状態確認</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>テスト印刷</translation>
    </message>
    <message>
        <source>Japanese text on stickers</source>
        <translation>ステッカーの日本語</translation>
    </message>
    <message>
        <source>Printer&apos;s font</source>
        <translation>プリンターのフォント</translation>
    </message>
    <message>
        <source>As a picture (any printer)</source>
        <translation>画像で送る（どのプリンターでも可）</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>プリンターなし</translation>
    </message>
    <message>
        <source>Stop searching</source>
        <translation>検索を停止</translation>
    </message>
    <message>
        <source>Find tape measures</source>
        <translation>メジャーを検索</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>GuardDialog</name>
    <message>
        <source>%1 · done lately</source>
        <translation>%1 · 最近の作業</translation>
    </message>
    <message>
        <source>Clock in</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>切り替え</translation>
    </message>
    <message>
        <source>Continue without switching</source>
        <translation>切り替えずに続ける</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>HandheldHeader</name>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Not clocked in</source>
        <translation>未出勤</translation>
    </message>
    <message>
        <source>On a break · %1</source>
        <translation>休憩中 · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>機器</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Switch activity</source>
        <translation>作業切替</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>No tape</source>
        <translation>メジャーなし</translation>
    </message>
    <message>
        <source>Tape: %1</source>
        <translation>メジャー：%1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Device: %1 (%2)</source>
        <translation type="vanished">端末: %1（%2）</translation>
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
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Scan with the camera</source>
        <translation>カメラでスキャン</translation>
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
    <name>MeasurePage</name>
    <message>
        <source>Scan the care label</source>
        <translation>洗濯ネームをスキャン</translation>
    </message>
    <message>
        <source>Point the scanner at the QR code on the garment&apos;s care label.</source>
        <translation>衣料品の洗濯ネームの QR コードにスキャナーを向けてください。</translation>
    </message>
    <message>
        <source>Scan with the camera</source>
        <translation>カメラでスキャン</translation>
    </message>
    <message>
        <source>%1 · size %2 · lot %3</source>
        <extracomment>Style, size and lot of the garment being measured</extracomment>
        <translation>%1 · サイズ %2 · ロット %3</translation>
    </message>
    <message>
        <source>%1 · size %2</source>
        <translation>%1 · サイズ %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Points measured of all points, e.g. &quot;3 / 12&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>機器</translation>
    </message>
    <message>
        <source>Target %1</source>
        <extracomment>The current point&apos;s target length, e.g. &quot;Target 700.0 mm&quot;</extracomment>
        <translation>基準値 %1</translation>
    </message>
    <message>
        <source>Tolerance %1</source>
        <extracomment>The current point&apos;s tolerance in mm, e.g. &quot;Tolerance -1.0 / +1.0&quot;</extracomment>
        <translation>許容差 %1</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <extracomment>The current point was measured before (it is measured again now)</extracomment>
        <translation>前回：%1</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Short verdict of one point: within tolerance</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>NG</source>
        <translation>NG</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Opens the field to type the current point&apos;s value</extracomment>
        <translation>入力</translation>
    </message>
    <message>
        <source>Simulate</source>
        <extracomment>Training: the simulated tape measure measures the current point</extracomment>
        <translation>模擬測定</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>許容差内</translation>
    </message>
    <message>
        <source>Out of tolerance</source>
        <translation>許容差外</translation>
    </message>
    <message>
        <source>Print again</source>
        <extracomment>Prints the failed item&apos;s NG sticker again</extracomment>
        <translation>再印刷</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>次のアイテム</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <extracomment>Title of the field for typing a value, %1 is the point&apos;s name</extracomment>
        <translation>%1 の値</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Takes the typed value for the current point</extracomment>
        <translation>確定</translation>
    </message>
    <message>
        <source>Target %1, tolerance %2</source>
        <translation>基準値 %1、許容差 %2</translation>
    </message>
    <message>
        <source>mm, e.g. 721.5</source>
        <translation>mm（例: 721.5）</translation>
    </message>
    <message>
        <source>No tape measure connected: type the values, or connect it.</source>
        <translation>メジャーが接続されていません。値を入力するか、メジャーを接続してください。</translation>
    </message>
</context>
<context>
    <name>MeasurePointRow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <extracomment>A point&apos;s target and tolerance in the list, e.g. &quot;700.0 mm -1.0 / +1.0&quot;</extracomment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 · try %2</source>
        <translation>%1 · %2 回目</translation>
    </message>
    <message>
        <source>now</source>
        <translation>採寸中</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Set by an administrator.</source>
        <translation>管理者が設定します。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>The site, the scanner and the spec keys are changed by an administrator.</source>
        <translation>拠点・スキャナー・ブランドの鍵は管理者が変更します。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>Unlocked for %1.</source>
        <translation>ロック解除中（%1）。</translation>
    </message>
    <message>
        <source>Site of this device</source>
        <translation>この端末の拠点</translation>
    </message>
    <message>
        <source>Move the device to this site</source>
        <translation>この拠点に変更</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>スキャナー</translation>
    </message>
    <message>
        <source>What the scanner sends before and after each code. Write control characters as &lt;GS&gt; (or two hex digits, like &lt;1D&gt;).</source>
        <translation>スキャナーが各コードの前後に送る文字です。制御文字は &lt;GS&gt; のように（または &lt;1D&gt; のような 16 進 2 桁で）書きます。</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>プレフィックス</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>サフィックス</translation>
    </message>
    <message>
        <source>Save prefix and suffix</source>
        <translation>プレフィックスとサフィックスを保存</translation>
    </message>
    <message>
        <source>Spec keys</source>
        <translation>ブランドの鍵</translation>
    </message>
    <message>
        <source>No spec keys: care labels cannot be read on this device.</source>
        <translation>ブランドの鍵がありません。この端末では洗濯ネームを読み取れません。</translation>
    </message>
    <message>
        <source>The brands&apos; keys that sign the care labels. Only their ids are shown.</source>
        <translation>洗濯ネームに署名するブランドの鍵です。表示は ID のみです。</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>鍵 %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>ID:SECRET</source>
        <translation>ID:SECRET</translation>
    </message>
    <message>
        <source>Add the key</source>
        <translation>鍵を追加</translation>
    </message>
    <message>
        <source>Lock these settings</source>
        <translation>設定をロック</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Scan your badge</source>
        <translation>入館証をスキャン</translation>
    </message>
    <message>
        <source>Point the scanner at the barcode on your ID card.</source>
        <translation>社員証のバーコードにスキャナーを向けてください。</translation>
    </message>
    <message>
        <source>Worker code and PIN</source>
        <translation>社員コードと暗証番号</translation>
    </message>
    <message>
        <source>Or type your worker code</source>
        <translation>または社員コードを入力</translation>
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
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>機器</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>wh</name>
    <message>
        <source>version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>key id</source>
        <translation>鍵 ID</translation>
    </message>
    <message>
        <source>item id</source>
        <translation>アイテム ID</translation>
    </message>
    <message>
        <source>style</source>
        <translation>品番</translation>
    </message>
    <message>
        <source>size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>ロット</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>納期</translation>
    </message>
    <message>
        <source>points</source>
        <translation>採寸箇所</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>not a measurement spec (a care-label spec starts with WM): %1</source>
        <translation>採寸仕様ではありません（洗濯ネームの仕様は WM で始まります）: %1</translation>
    </message>
    <message>
        <source>unknown spec version %1 (this program reads version %2)</source>
        <translation>不明な仕様バージョン %1 です（このプログラムが読めるのはバージョン %2）</translation>
    </message>
    <message>
        <source>the spec is truncated: its %1 is cut off or missing</source>
        <translation>仕様が途中で切れています: %1 が切れているか、ありません</translation>
    </message>
    <message>
        <source>no key for the label&apos;s key id %1</source>
        <translation>ラベルの鍵 ID %1 に対応する鍵がありません</translation>
    </message>
    <message>
        <source>the signature does not match (key id %1): the label was altered, or the key is wrong</source>
        <translation>署名が一致しません（鍵 ID %1）: ラベルが改ざんされたか、鍵が違います</translation>
    </message>
    <message>
        <source>the spec lacks its %1</source>
        <translation>仕様に%1がありません</translation>
    </message>
    <message>
        <source>malformed %1 in the spec: %2</source>
        <translation>仕様の%1の形式が正しくありません: %2</translation>
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
    <name>wh::ActivityViewModel</name>
    <message>
        <source>The activities cannot be read just now. Please try again in a moment.</source>
        <translation>作業の一覧を読み込めません。少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Choose an activity.</source>
        <translation>作業を選んでください。</translation>
    </message>
    <message>
        <source>Sign in first: scan your badge.</source>
        <translation>先に入館証をスキャンしてサインインしてください。</translation>
    </message>
    <message>
        <source>You are already on %1. Nothing was changed.</source>
        <extracomment>%1 is the activity</extracomment>
        <translation>すでに「%1」で作業中です。変更はありません。</translation>
    </message>
    <message>
        <source>You are already on a break. Nothing was changed.</source>
        <translation>すでに休憩中です。変更はありません。</translation>
    </message>
    <message>
        <source>Nothing to record. Nothing was changed.</source>
        <translation>打刻の必要はありません。変更はありません。</translation>
    </message>
    <message>
        <source>Clocked in: %1 at %2</source>
        <extracomment>%1 is the activity, %2 the time, e.g. &quot;Clocked in: Picking at 19:30&quot;</extracomment>
        <translation>出勤しました：%1（%2）</translation>
    </message>
    <message>
        <source>Back to work: %1 at %2</source>
        <extracomment>%1 is the activity, %2 the time</extracomment>
        <translation>休憩から戻りました：%1（%2）</translation>
    </message>
    <message>
        <source>Switched to %1 at %2</source>
        <extracomment>%1 is the activity, %2 the time</extracomment>
        <translation>作業を切り替えました：%1（%2）</translation>
    </message>
    <message>
        <source>Break started: %1 at %2</source>
        <extracomment>%1 is the break activity, %2 the time</extracomment>
        <translation>休憩に入りました：%1（%2）</translation>
    </message>
    <message>
        <source>Clocked out at %1. Worked today: %2</source>
        <extracomment>%1 is the time, %2 hours and minutes worked, e.g. &quot;7:05&quot;</extracomment>
        <translation>退勤しました（%1）。本日の勤務時間：%2</translation>
    </message>
    <message>
        <source>Clocked out at %1</source>
        <translation>退勤しました（%1）</translation>
    </message>
    <message>
        <source>Recorded at %1</source>
        <extracomment>%1 is the time</extracomment>
        <translation>記録しました（%1）</translation>
    </message>
    <message>
        <source>%1. Your previous shift was left open and has been closed as forgotten. A leader will check it.</source>
        <translation>%1。前回の勤務は退勤打刻がなかったため、打刻漏れとして締めました。リーダーが確認します。</translation>
    </message>
    <message>
        <source>The punch was not recorded: %1 was not found. Please ask your leader.</source>
        <extracomment>%1 names what is missing (a worker code, an activity)</extracomment>
        <translation>打刻できませんでした：%1 が見つかりません。リーダーに確認してください。</translation>
    </message>
    <message>
        <source>This worker cannot punch: the worker record is disabled. Please ask your leader. Nothing was recorded.</source>
        <translation>この作業者は打刻できません：作業者の登録が無効になっています。リーダーに確認してください。打刻はされていません。</translation>
    </message>
    <message>
        <source>You are not clocked in. Choose an activity to clock in. Nothing was recorded.</source>
        <translation>出勤していません。作業を選んで出勤してください。打刻はされていません。</translation>
    </message>
    <message>
        <source>The punch was refused: the handheld&apos;s clock is behind your last punch. Please ask your leader. Nothing was recorded.</source>
        <translation>打刻できませんでした：端末の時計が前回の打刻より前の時刻になっています。リーダーに確認してください。打刻はされていません。</translation>
    </message>
    <message>
        <source>No break is set up at this site. Please ask your leader. Nothing was recorded.</source>
        <translation>この拠点には休憩が設定されていません。リーダーに確認してください。打刻はされていません。</translation>
    </message>
    <message>
        <source>This activity is not offered at this site. Please choose another one. Nothing was recorded.</source>
        <translation>この作業はこの拠点では選べません。別の作業を選んでください。打刻はされていません。</translation>
    </message>
    <message>
        <source>The punch could not be saved just now. Please try again in a moment. Nothing was recorded.</source>
        <translation>打刻を保存できませんでした。少し待ってから、もう一度お試しください。打刻はされていません。</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <extracomment>%1 says what went wrong</extracomment>
        <translation>エラーが発生しました：%1</translation>
    </message>
    <message>
        <source>Measuring</source>
        <translation>採寸</translation>
    </message>
    <message>
        <source>Inspecting</source>
        <translation>検品</translation>
    </message>
    <message>
        <source>Progress scanning</source>
        <translation>進捗スキャン</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>ピッキング</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>梱包</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>入荷</translation>
    </message>
    <message>
        <source>Returns work</source>
        <translation>返品作業</translation>
    </message>
    <message>
        <source>Labelling</source>
        <translation>ラベル貼り</translation>
    </message>
    <message>
        <source>The %1 workflow</source>
        <extracomment>%1 is a workflow&apos;s key as the store names it</extracomment>
        <translation>作業メニュー「%1」</translation>
    </message>
    <message>
        <source>%1 counts for no activity at this site; your punch stays as it is. Please tell your leader.</source>
        <extracomment>%1 is the workflow, e.g. &quot;Measuring&quot;</extracomment>
        <translation>%1 はこの拠点のどの作業にも計上されません。打刻はそのままです。リーダーに伝えてください。</translation>
    </message>
    <message>
        <source>Your punch cannot be checked just now. Please try again in a moment.</source>
        <translation>打刻状態を確認できません。少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Clock in?</source>
        <translation>出勤しますか？</translation>
    </message>
    <message>
        <source>You are not clocked in. %1 counts for %2. Clock in on it?</source>
        <extracomment>%1 is the workflow (&quot;Measuring&quot;), %2 the activity it counts for (&quot;Garment measurement&quot;)</extracomment>
        <translation>出勤していません。%1 は「%2」に計上されます。この作業で出勤しますか？</translation>
    </message>
    <message>
        <source>Back to work?</source>
        <translation>作業に戻りますか？</translation>
    </message>
    <message>
        <source>You are on a break (%1). %2 counts for %3. Go back to work on it?</source>
        <extracomment>%1 is the break, %2 the workflow (&quot;Measuring&quot;), %3 the activity it counts for</extracomment>
        <translation>休憩中です（%1）。%2 は「%3」に計上されます。この作業に戻りますか？</translation>
    </message>
    <message>
        <source>Switch activity?</source>
        <translation>作業を切り替えますか？</translation>
    </message>
    <message>
        <source>You are punched into %1. %2 counts for %3. Switch?</source>
        <extracomment>%1 is the current activity (&quot;Packing&quot;), %2 the workflow (&quot;Measuring&quot;), %3 the activity it counts for (&quot;Garment measurement&quot;)</extracomment>
        <translation>現在「%1」で打刻中です。%2 は「%3」に計上されます。切り替えますか？</translation>
    </message>
    <message>
        <source>You are not clocked in: the work you do now is not counted for %1. Clock in when you can.</source>
        <extracomment>%1 is the activity the work would count for</extracomment>
        <translation>出勤していないため、今の作業は「%1」に計上されません。早めに出勤してください。</translation>
    </message>
    <message>
        <source>You are still on a break: the work you do now is not counted for %1. Switch when you can.</source>
        <extracomment>%1 is the activity the work would count for</extracomment>
        <translation>まだ休憩中のため、今の作業は「%1」に計上されません。早めに切り替えてください。</translation>
    </message>
    <message>
        <source>You stay on %1: the time you spend now counts for %1, not for %2.</source>
        <extracomment>%1 is the current activity, %2 the activity the work would count for</extracomment>
        <translation>「%1」のままです。今の時間は「%2」ではなく「%1」に計上されます。</translation>
    </message>
</context>
<context>
    <name>wh::AttendanceCsv</name>
    <message>
        <source>worker</source>
        <translation>社員コード</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>clock-in</source>
        <translation>出勤時刻</translation>
    </message>
    <message>
        <source>clock-out</source>
        <translation>退勤時刻</translation>
    </message>
    <message>
        <source>ambiguous header: columns %1 and %2 are both the %3 column</source>
        <translation>見出し行があいまいです: %1 列目と %2 列目がどちらも%3の列です</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>no recognisable header: no %1 column (expected worker,date,clock_in,clock_out or 社員番号,日付,出勤,退勤 in any order)</source>
        <translation>見出し行を認識できません: %1の列がありません（worker,date,clock_in,clock_out または 社員番号,日付,出勤,退勤 の列が必要です。順序は問いません）</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>項目が %1 個あります（見出し行は %2 個）</translation>
    </message>
    <message>
        <source>missing %1 (%2 fields, the header has %3)</source>
        <translation>%1がありません（項目が %2 個、見出し行は %3 個）</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1がありません</translation>
    </message>
    <message>
        <source>bad date &quot;%1&quot; (expected YYYY-MM-DD or YYYY/MM/DD)</source>
        <translation>日付「%1」が正しくありません（YYYY-MM-DD または YYYY/MM/DD の形式）</translation>
    </message>
    <message>
        <source>date %1 is in the future (today is %2)</source>
        <translation>日付 %1 は未来の営業日です（今日は %2）</translation>
    </message>
    <message>
        <source>worker %1 already has a row for %2 on line %3</source>
        <translation>作業者 %1 の %2 の行は %3 行目にすでにあります</translation>
    </message>
    <message>
        <source>bad clock-in &quot;%1&quot; (expected HH:MM or HH:MM:SS)</source>
        <translation>出勤時刻「%1」が正しくありません（HH:MM または HH:MM:SS の形式）</translation>
    </message>
    <message>
        <source>bad clock-out &quot;%1&quot; (expected HH:MM or HH:MM:SS)</source>
        <translation>退勤時刻「%1」が正しくありません（HH:MM または HH:MM:SS の形式）</translation>
    </message>
    <message>
        <source>the time does not exist in time zone %1</source>
        <translation>この時刻はタイムゾーン %1 には存在しません</translation>
    </message>
    <message>
        <source>clock-out %1 is not after clock-in %2 (as a night shift it would be %3 h long, over 16 h)</source>
        <translation>退勤 %1 が出勤 %2 より後ではありません（夜勤とみなすと %3 時間になり、16 時間を超えます）</translation>
    </message>
    <message>
        <source>clock-out %1 is not after clock-in %2</source>
        <translation>退勤 %1 が出勤 %2 より後ではありません</translation>
    </message>
    <message>
        <source>shift of %1 h from %2 to %3 is longer than 16 h</source>
        <translation>%2～%3 の勤務は %1 時間で、16 時間を超えます</translation>
    </message>
    <message>
        <source>worker %1: %2 to %3 overlaps the shift of %4 on line %5 (until %6)</source>
        <translation>作業者 %1: %2～%3 が %5 行目の %4 の勤務（%6 まで）と重なります</translation>
    </message>
    <message>
        <source>invalid time zone for the attendance import</source>
        <translation>勤怠データの取り込みに指定したタイムゾーンが正しくありません</translation>
    </message>
    <message>
        <source>invalid date for the attendance import</source>
        <translation>勤怠データの取り込みに指定した日付が正しくありません</translation>
    </message>
    <message>
        <source>no recognisable header: %1</source>
        <translation>見出し行を認識できません: %1</translation>
    </message>
</context>
<context>
    <name>wh::AttendanceImportDialog</name>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Save these rows as CSV…</source>
        <translation>これらの行を CSV で保存…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Import official attendance times</source>
        <translation>勤怠データの取り込み</translation>
    </message>
    <message>
        <source>The attendance system&apos;s export: a CSV file with a header row and, per worker and day, the worker code, the date, the clock-in and the clock-out (UTF-8 or Shift_JIS). Each worker-day&apos;s first start and last end become the official times; importing the same file again changes nothing.</source>
        <translation>勤怠システムから出力した CSV ファイル（UTF-8 または Shift_JIS）。見出し行があり、作業者・日ごとに社員コード、日付、出勤時刻、退勤時刻が並ぶもの。各作業者・日の最初の開始と最後の終了が正式な時刻になります。同じファイルをもう一度取り込んでも何も変わりません。</translation>
    </message>
    <message>
        <source>The attendance file (.csv)</source>
        <translation>勤怠ファイル（.csv）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <source>Choose the attendance file</source>
        <translation>勤怠ファイルを選択</translation>
    </message>
    <message>
        <source>Attendance files (*.csv *.txt);;All files (*)</source>
        <translation>勤怠ファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <source>%1 (%2): rows read: %3.</source>
        <extracomment>%1 the file name, %2 its encoding (UTF-8 or Shift_JIS)</extracomment>
        <translation>%1（%2）: 読み込んだ行: %3。</translation>
    </message>
    <message>
        <source>Worker-days corrected: %1; already matching: %2; corrections recorded: %3 (punches removed: %4).</source>
        <translation>修正した作業者・日: %1、一致済み: %2、記録した修正: %3（削除した打刻: %4）。</translation>
    </message>
    <message>
        <source>Cancelled: the rows after that point were not looked at. What was applied stays; import the file again to finish.</source>
        <translation>中止しました。それ以降の行は処理していません。反映済みの分はそのまま残ります。最後まで反映するにはもう一度ファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>Rows not applied (%1): fix them in the file and import it again.</source>
        <translation>反映されなかった行（%1）: ファイルを修正してもう一度取り込んでください。</translation>
    </message>
    <message>
        <source>Every row was applied.</source>
        <translation>すべての行を反映しました。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>何も取り込んでいません: %1</translation>
    </message>
    <message>
        <source>Save the rows not applied</source>
        <translation>反映されなかった行を保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>wh::AuditTrailDialog</name>
    <message>
        <source>Reading the history…</source>
        <translation>履歴を読み込んでいます…</translation>
    </message>
    <message>
        <source>History of a punch</source>
        <translation>打刻の履歴</translation>
    </message>
    <message>
        <source>This punch was never corrected: it is as it was punched.</source>
        <translation>この打刻は一度も修正されていません。打刻されたままです。</translation>
    </message>
    <message>
        <source>Corrections: %1, oldest first.</source>
        <translation>修正: %1 件（古い順）。</translation>
    </message>
</context>
<context>
    <name>wh::AuditTrailModel</name>
    <message>
        <source>%1, %2 – %3</source>
        <extracomment>A punch: %1 the activity, %2 the start (month/day and time), %3 the end</extracomment>
        <translation>%1、%2～%3</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <source>This event cannot be read: %1</source>
        <translation>このイベントは読み取れません: %1</translation>
    </message>
    <message>
        <source>Official attendance</source>
        <translation>勤怠データ取込</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手入力</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>Before a punch was added: there was none</extracomment>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（削除）</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>作業 %1</translation>
    </message>
    <message>
        <source>start %1</source>
        <translation>開始 %1</translation>
    </message>
    <message>
        <source>end %1</source>
        <translation>終了 %1</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <extracomment>The state before an old correction that did not record it</extracomment>
        <translation>（記録なし）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>By</source>
        <translation>修正者</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>修正元</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修正前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修正後</translation>
    </message>
</context>
<context>
    <name>wh::BlockFiguresModel</name>
    <message>
        <source>All blocks</source>
        <translation type="vanished">全ブロック合計</translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="vanished">ブロック</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="vanished">作業者数</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation type="vanished">作業時間</translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="vanished">処理量</translation>
    </message>
    <message>
        <source>Units per hour</source>
        <translation type="vanished">生産性</translation>
    </message>
</context>
<context>
    <name>wh::BlockHoursChart</name>
    <message>
        <source>Hours worked by block</source>
        <translation type="vanished">ブロック別の作業時間</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation type="vanished">作業時間</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="vanished">時間</translation>
    </message>
</context>
<context>
    <name>wh::CameraScanViewModel</name>
    <message>
        <source>The camera&apos;s pictures cannot be read (%1). Type the code or use the hardware scanner.</source>
        <translation>カメラの画像を読み込めません（%1）。コードを入力するか、スキャナーを使ってください。</translation>
    </message>
    <message>
        <source>No camera on this device. Type the code or use the hardware scanner.</source>
        <translation>この端末にはカメラがありません。コードを入力するか、スキャナーを使ってください。</translation>
    </message>
    <message>
        <source>The camera cannot be opened: %1 Type the code or use the hardware scanner.</source>
        <translation>カメラを起動できません：%1 コードを入力するか、スキャナーを使ってください。</translation>
    </message>
    <message>
        <source>The camera cannot be used (%1). Type the code or use the hardware scanner.</source>
        <translation>カメラを使えません（%1）。コードを入力するか、スキャナーを使ってください。</translation>
    </message>
    <message>
        <source>The previous picture is still being read; try again in a moment.</source>
        <translation>前の画像をまだ読み取っています。少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The picture %1 cannot be read: %2</source>
        <translation>画像 %1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>The picture %1 cannot be read.</source>
        <translation>画像 %1 を読み込めません。</translation>
    </message>
    <message>
        <source>No code was found in the frame of the picture %1.</source>
        <translation>画像 %1 の枠内にコードが見つかりません。</translation>
    </message>
</context>
<context>
    <name>wh::CellDetailDialog</name>
    <message>
        <source>Reading the punches and units…</source>
        <translation>打刻と処理量を読み込んでいます…</translation>
    </message>
    <message>
        <source>Punches and units behind %1</source>
        <extracomment>%1 is a block, section, activity or site name</extracomment>
        <translation>%1 の内訳（打刻と処理量）</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>営業日</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>社員コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>作業</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Worker or team</source>
        <translation>作業者またはチーム</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>処理量</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>入力元</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>Punches</source>
        <translation>打刻</translation>
    </message>
    <message>
        <source>The punches cannot be read: %1</source>
        <translation>打刻を読み込めません: %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>作業中</translation>
    </message>
    <message>
        <source>forgotten clock-out</source>
        <translation>退勤打刻漏れ</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>済</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>カウンター</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>手入力</translation>
    </message>
    <message>
        <source>scanned in a workflow</source>
        <translation>作業中のスキャン</translation>
    </message>
    <message>
        <source>%1 punches and %2 units entries.</source>
        <translation>打刻数 %1、処理量の入力数 %2。</translation>
    </message>
    <message>
        <source>Only the first %1 of each are listed.</source>
        <translation>それぞれ最初の %1 件だけを表示しています。</translation>
    </message>
    <message>
        <source>more than %1</source>
        <extracomment>a count that stopped at a round number; %1 is that number</extracomment>
        <translation>%1 超</translation>
    </message>
</context>
<context>
    <name>wh::CorrectionDialog</name>
    <message>
        <source>Change a punch</source>
        <translation>打刻の変更</translation>
    </message>
    <message>
        <source>The punch of %1 on %2: %3, %4.</source>
        <extracomment>%1 worker, %2 business day, %3 activity, %4 times</extracomment>
        <translation>%1 の %2 の打刻: %3、%4。</translation>
    </message>
    <message>
        <source>Remove a punch</source>
        <translation>打刻の削除</translation>
    </message>
    <message>
        <source>Remove the punch of %1 on %2: %3, %4? Its hours leave the figures of that day.</source>
        <translation>%1 の %2 の打刻（%3、%4）を削除しますか？ その時間はその日の実績から除かれます。</translation>
    </message>
    <message>
        <source>Add a missing punch</source>
        <translation>打刻漏れの追加</translation>
    </message>
    <message>
        <source>A punch the worker did not make (a forgotten clock-in, work off the kiosk) at site %1.</source>
        <translation>作業者が打刻しなかった分（出勤打刻忘れ、キオスク外での作業など）を拠点 %1 に追加します。</translation>
    </message>
    <message>
        <source>Worker code, e.g. W00042</source>
        <translation>社員コード（例: W00042）</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>作業者</translation>
    </message>
    <message>
        <source>Choose the activity</source>
        <translation>作業を選択</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>作業</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Local time at the site (%1).</source>
        <extracomment>%1 is the site&apos;s time zone, e.g. Asia/Tokyo</extracomment>
        <translation>拠点の現地時刻（%1）。</translation>
    </message>
    <message>
        <source>Required, e.g. “forgot to clock out; confirmed with the worker”</source>
        <translation>必須（例:「退勤打刻忘れ。本人に確認済み」）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The correction is recorded with your account, the time and the reason; the day&apos;s figures are totalled again afterwards.</source>
        <translation>修正はあなたのアカウント・日時・理由とともに記録され、その後その日の実績を再集計します。</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>修正を保存</translation>
    </message>
    <message>
        <source>Add the punch</source>
        <translation>打刻を追加</translation>
    </message>
    <message>
        <source>Remove the punch</source>
        <translation>打刻を削除</translation>
    </message>
    <message>
        <source>Enter the worker&apos;s code.</source>
        <translation>社員コードを入力してください。</translation>
    </message>
    <message>
        <source>Choose the activity.</source>
        <translation>作業を選んでください。</translation>
    </message>
    <message>
        <source>Change the activity or a time, or cancel.</source>
        <translation>作業か時刻を変更するか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>終了は開始より後にしてください。</translation>
    </message>
    <message>
        <source>The end is in the future. A punch can only be corrected up to now.</source>
        <translation>終了が未来の時刻です。打刻は現在時刻までしか修正できません。</translation>
    </message>
    <message>
        <source>A reason is required: say why the punch is corrected.</source>
        <translation>理由は必須です。打刻を修正する理由を入力してください。</translation>
    </message>
    <message>
        <source>Recording the correction…</source>
        <translation>修正を記録しています…</translation>
    </message>
</context>
<context>
    <name>wh::CorrectionText</name>
    <message>
        <source>Give a reason: every correction says why it was made.</source>
        <translation>理由を入力してください。修正には必ず理由を残します。</translation>
    </message>
    <message>
        <source>The correction has no author. Sign in again and repeat it.</source>
        <translation>修正者が不明です。もう一度サインインしてやり直してください。</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>終了は開始より後にしてください。</translation>
    </message>
    <message>
        <source>The end is in the future. A punch can only be corrected up to now.</source>
        <translation>終了が未来の時刻です。打刻は現在時刻までしか修正できません。</translation>
    </message>
    <message>
        <source>The punch would be longer than the longest shift (16 hours). Check the dates.</source>
        <translation>打刻が最長勤務時間（16 時間）を超えます。日付を確認してください。</translation>
    </message>
    <message>
        <source>%1 is not offered at site %2. Choose another activity.</source>
        <extracomment>%1 is an activity, %2 a site code</extracomment>
        <translation>%1 は拠点 %2 では扱っていません。別の作業を選んでください。</translation>
    </message>
    <message>
        <source>The activity is not offered at this site. Choose another activity.</source>
        <translation>この作業はこの拠点では扱っていません。別の作業を選んでください。</translation>
    </message>
    <message>
        <source>The worker is still on this punch: it has no end yet. They switch or clock out at the kiosk; correct it after that.</source>
        <translation>作業者はまだこの打刻で作業中です（終了がありません）。キオスクで作業切替か退勤をした後に修正してください。</translation>
    </message>
    <message>
        <source>The new times overlap the worker&apos;s other punch on %1 from %2 to %3. Correct that punch first, or choose times that do not overlap it.</source>
        <extracomment>%1 is an activity, %2 and %3 the start and end of the worker&apos;s other punch</extracomment>
        <translation>新しい時刻が、この作業者の別の打刻（%1、%2～%3）と重なります。先にその打刻を修正するか、重ならない時刻にしてください。</translation>
    </message>
    <message>
        <source>The new times overlap another punch of the worker.</source>
        <translation>新しい時刻がこの作業者の別の打刻と重なります。</translation>
    </message>
    <message>
        <source>This punch is no longer there: it was corrected or removed in the meantime. The list has been read again.</source>
        <translation>この打刻はもうありません。その間に修正または削除されました。一覧を読み込み直しました。</translation>
    </message>
    <message>
        <source>There is no worker with the code “%1”.</source>
        <translation>社員コード「%1」の作業者はいません。</translation>
    </message>
    <message>
        <source>There is no site “%1”.</source>
        <translation>拠点「%1」はありません。</translation>
    </message>
    <message>
        <source>Your account may not correct punches at site %1.</source>
        <translation>あなたのアカウントには拠点 %1 の打刻を修正する権限がありません。</translation>
    </message>
    <message>
        <source>Corrections are made in the name of a signed-in account. Sign in first.</source>
        <translation>修正はサインインしたアカウントの名前で行います。先にサインインしてください。</translation>
    </message>
</context>
<context>
    <name>wh::CorrectionsView</name>
    <message>
        <source>Only the day</source>
        <translation>この日のみ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Add a missing punch…</source>
        <translation>打刻漏れを追加…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>履歴…</translation>
    </message>
    <message>
        <source>Import official attendance…</source>
        <translation>勤怠データを取り込む…</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>作業者</translation>
    </message>
    <message>
        <source>Everyone; or a code such as W00042</source>
        <translation>全員（または W00042 などの社員コード）</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>打刻修正</translation>
    </message>
    <message>
        <source>Corrections: %1</source>
        <translation>打刻修正: %1</translation>
    </message>
    <message>
        <source>Choose a site to see its punches.</source>
        <translation>打刻を表示する拠点を選んでください。</translation>
    </message>
    <message>
        <source>Choose a period to see its punches.</source>
        <translation>打刻を表示する期間を選んでください。</translation>
    </message>
    <message>
        <source>The punches cannot be shown.</source>
        <translation>打刻を表示できません。</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>No punches of %1 at %2, %3.</source>
        <extracomment>%1 a worker (or &quot;everyone&quot;), %2 the site, %3 the day or period</extracomment>
        <translation>%2 の %3 に %1 の打刻はありません。</translation>
    </message>
    <message>
        <source>The first %1 of %2 punches at %3, %4. Enter a worker or choose a day to see the others.</source>
        <extracomment>%1 rows shown, %2 all rows, %3 the site, %4 the period</extracomment>
        <translation>%3、%4 の打刻 %2 件のうち最初の %1 件です。残りを見るには作業者を入力するか日を選んでください。</translation>
    </message>
    <message>
        <source>Punches of %1 at %2, %3: %4.</source>
        <extracomment>%1 a worker (or &quot;everyone&quot;), %2 the site, %3 the period, %4 the number of punches</extracomment>
        <translation>%2、%3 の %1 の打刻: %4 件。</translation>
    </message>
    <message>
        <source>The worker is still on this punch: it can be corrected once they switch or clock out.</source>
        <translation>作業者はまだこの打刻で作業中です。作業切替か退勤の後に修正できます。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3, %4 – %5</source>
        <extracomment>%1 worker, %2 business day, %3 activity, %4 start, %5 end</extracomment>
        <translation>%1 · %2 · %3、%4～%5</translation>
    </message>
    <message>
        <source>Totalling the figures again was cancelled: the changed days are totalled with the next correction (or by “wh aggregate --dirty”).</source>
        <translation>再集計を中止しました。変更した日は次の修正時（または「wh aggregate --dirty」）に集計されます。</translation>
    </message>
    <message>
        <source>The figures could not be totalled again: %1 The changed days stay marked and are totalled with the next correction.</source>
        <translation>再集計できませんでした: %1 変更した日は要再集計のまま残り、次の修正時に集計されます。</translation>
    </message>
    <message>
        <source>The figures were totalled again (business days: %1).</source>
        <extracomment>%1 the number of business days</extracomment>
        <translation>実績を再集計しました（営業日: %1 日）。</translation>
    </message>
    <message>
        <source>Another correction is being recorded. Try again in a moment.</source>
        <translation>別の修正を記録中です。少し待ってからやり直してください。</translation>
    </message>
    <message>
        <source>Totalling the figures again</source>
        <translation>実績を再集計中</translation>
    </message>
    <message>
        <source>The punch was corrected.</source>
        <translation>打刻を修正しました。</translation>
    </message>
    <message>
        <source>The punch was added.</source>
        <translation>打刻を追加しました。</translation>
    </message>
    <message>
        <source>The punch was removed.</source>
        <translation>打刻を削除しました。</translation>
    </message>
    <message>
        <source>A correction is being recorded. Try again in a moment.</source>
        <translation>修正を記録中です。少し待ってからやり直してください。</translation>
    </message>
    <message>
        <source>Importing worker-days</source>
        <translation>作業者別の日次勤怠を取込中</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Attendance imported: %1 corrections, %2 rows not applied.</source>
        <extracomment>%1 corrections recorded, %2 rows not applied</extracomment>
        <translation>勤怠データを取り込みました: 修正 %1 件、未反映 %2 行。</translation>
    </message>
    <message>
        <source>Punches</source>
        <translation>打刻一覧</translation>
    </message>
    <message>
        <source>Worker %1</source>
        <translation>作業者 %1</translation>
    </message>
    <message>
        <source>The first %1 of more than %2 punches at %3, %4. Enter a worker or choose a day to see the others.</source>
        <extracomment>%1 rows shown, %2 a round number of rows (there are more), %3 the site, %4 the period</extracomment>
        <translation>%3、%4 の打刻 %2 件超のうち最初の %1 件です。残りを見るには作業者を入力するか日を選んでください。</translation>
    </message>
</context>
<context>
    <name>wh::Csv</name>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote: &quot;a&quot;&quot;b&quot;)</source>
        <translation>引用符で囲まれていないフィールドの中に引用符があります（フィールド全体を引用符で囲み、中の引用符は二重にしてください: &quot;a&quot;&quot;b&quot;）</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field on line %1 (quote the whole field and double the quote: &quot;a&quot;&quot;b&quot;)</source>
        <translation>%1 行目で、引用符で囲まれていないフィールドの中に引用符があります（フィールド全体を引用符で囲み、中の引用符は二重にしてください: &quot;a&quot;&quot;b&quot;）</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>フィールドの閉じ引用符の後に文字があります</translation>
    </message>
    <message>
        <source>text after the closing quote of a field on line %1</source>
        <translation>%1 行目で、フィールドの閉じ引用符の後に文字があります</translation>
    </message>
    <message>
        <source>a quote opened is not closed before the end of the file</source>
        <translation>開いた引用符がファイルの終わりまでに閉じられていません</translation>
    </message>
    <message>
        <source>a quote opened on line %1 is not closed before the end of the file</source>
        <translation>%1 行目で開いた引用符がファイルの終わりまでに閉じられていません</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空のファイルです</translation>
    </message>
    <message>
        <source>not a text file (NUL byte); save or export it as CSV</source>
        <translation>テキストファイルではありません（NUL バイトを含みます）。CSV として保存またはエクスポートしてください</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>%1 バイト目</translation>
    </message>
    <message>
        <source>not a text file (%1 control characters in %2 bytes); save or export it as CSV</source>
        <translation>テキストファイルではありません（%2 バイト中に制御文字が %1 個あります）。CSV として保存またはエクスポートしてください</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a file marked as UTF-8</source>
        <translation>UTF-8 と明示されたファイルに不正な UTF-8 があります</translation>
    </message>
    <message>
        <source>the file is not UTF-8, and this Qt build has no Shift_JIS decoder (Qt without ICU); save the file as UTF-8</source>
        <translation>ファイルが UTF-8 ではなく、この Qt には Shift_JIS のデコーダーがありません（ICU なしの Qt）。ファイルを UTF-8 で保存してください</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Shift_JIS text</source>
        <translation>ファイルは UTF-8 でも Shift_JIS のテキストでもありません</translation>
    </message>
    <message>
        <source>empty file (no records)</source>
        <translation>空のファイルです（レコードがありません）</translation>
    </message>
</context>
<context>
    <name>wh::DevicesViewModel</name>
    <message>
        <source>the device %1 is not in this store</source>
        <translation>端末 %1 はこのストアに登録されていません</translation>
    </message>
    <message>
        <source>This handheld&apos;s settings cannot be read, so its tape measure and printer are not remembered: %1</source>
        <translation>このハンディの設定を読み込めないため、メジャーとプリンターを記憶できません：%1</translation>
    </message>
    <message>
        <source>A setting of this handheld cannot be read: %1</source>
        <translation>このハンディの設定を読み込めません：%1</translation>
    </message>
    <message>
        <source>The remembered tape measure “%1” cannot be used: %2</source>
        <translation>記憶しているメジャー「%1」を使えません：%2</translation>
    </message>
    <message>
        <source>The remembered printer address “%1” is not an address; set the printer again.</source>
        <translation>記憶しているプリンターのアドレス「%1」は正しくありません。プリンターを設定し直してください。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>This handheld has no Bluetooth, so this tape measure cannot connect. Choose a serial tape measure or a simulator.</source>
        <translation>このハンディには Bluetooth がないため、このメジャーは接続できません。シリアル接続のメジャーかシミュレーターを選んでください。</translation>
    </message>
    <message>
        <source>Bluetooth is switched off: switch it on and the tape measure connects.</source>
        <translation>Bluetooth がオフです。オンにするとメジャーが接続されます。</translation>
    </message>
    <message>
        <source>The tape measure&apos;s frames cannot be kept in the device log: %1</source>
        <translation>メジャーのフレームを機器ログに保存できません：%1</translation>
    </message>
    <message>
        <source>No tape measure chosen</source>
        <translation>メジャー未選択</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Not connected: trying again…</source>
        <translation>未接続：再接続中…</translation>
    </message>
    <message>
        <source>That tape measure is no longer in the list: search again.</source>
        <translation>そのメジャーは一覧にありません。もう一度検索してください。</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 を使えません：%2</translation>
    </message>
    <message>
        <source>%1 works for now, but it cannot be remembered: %2</source>
        <translation>%1 は今は使えますが、記憶できません：%2</translation>
    </message>
    <message>
        <source>%1 chosen: readings come from the simulator, for training and demos.</source>
        <translation>%1 を選びました。測定値は練習・デモ用のシミュレーターから届きます。</translation>
    </message>
    <message>
        <source>%1 chosen and remembered.</source>
        <translation>%1 を選んで記憶しました。</translation>
    </message>
    <message>
        <source>No tape measure is chosen.</source>
        <translation>メジャーが選ばれていません。</translation>
    </message>
    <message>
        <source>%1 is stopped, but this handheld cannot forget it: %2</source>
        <translation>%1 を停止しましたが、このハンディから登録を解除できません：%2</translation>
    </message>
    <message>
        <source>%1 is forgotten.</source>
        <translation>%1 の登録を解除しました。</translation>
    </message>
    <message>
        <source>No tape measure is chosen: find one first.</source>
        <translation>メジャーが選ばれていません。先に検索してください。</translation>
    </message>
    <message>
        <source>Bluetooth tape measures found so far: %1. Still looking…</source>
        <translation>見つかった Bluetooth メジャー：%1 台。検索を続けています…</translation>
    </message>
    <message>
        <source>The Bluetooth search failed (%1). Serial ports and simulators are listed.</source>
        <translation>Bluetooth の検索に失敗しました（%1）。シリアルポートとシミュレーターを表示しています。</translation>
    </message>
    <message>
        <source>Looking for Bluetooth tape measures… Switch the tape measure on and keep it close.</source>
        <translation>Bluetooth メジャーを検索中… メジャーの電源を入れて、近くに置いてください。</translation>
    </message>
    <message>
        <source>Bluetooth is switched off, so Bluetooth tape measures cannot be found: switch it on and search again. Serial ports and simulators are listed.</source>
        <translation>Bluetooth がオフのため、Bluetooth メジャーを検索できません。オンにして、もう一度検索してください。シリアルポートとシミュレーターを表示しています。</translation>
    </message>
    <message>
        <source>This handheld has no Bluetooth, so Bluetooth tape measures cannot be found. Serial ports and simulators are listed.</source>
        <translation>このハンディには Bluetooth がないため、Bluetooth メジャーは検索できません。シリアルポートとシミュレーターを表示しています。</translation>
    </message>
    <message>
        <source>Bluetooth tape measures found: %1.</source>
        <translation>見つかった Bluetooth メジャー：%1 台。</translation>
    </message>
    <message>
        <source>No Bluetooth tape measure found: is it switched on and close to this handheld? Serial ports and simulators are listed.</source>
        <translation>Bluetooth メジャーが見つかりません。電源が入っていて、このハンディの近くにありますか？ シリアルポートとシミュレーターを表示しています。</translation>
    </message>
    <message>
        <source>The test label went to the printer at %1.</source>
        <translation>テストラベルを %1 のプリンターに送りました。</translation>
    </message>
    <message>
        <source>Out of labels</source>
        <translation>ラベル切れ</translation>
    </message>
    <message>
        <source>Head open</source>
        <translation>ヘッドオープン</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Out of ribbon</source>
        <translation>リボン切れ</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>準備未完了</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>Spool error</source>
        <translation>スプールエラー</translation>
    </message>
    <message>
        <source>No printer set</source>
        <translation>プリンター未設定</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>“%1” is not a printer address. Type the printer&apos;s IP address or network name, and its port when it is not 9100: 192.168.1.50 or 192.168.1.50:9100.</source>
        <translation>「%1」はプリンターのアドレスではありません。プリンターの IP アドレスかネットワーク名を入力してください。ポートが 9100 以外ならポートも入力します（例: 192.168.1.50、192.168.1.50:9100）。</translation>
    </message>
    <message>
        <source>The printer at %1 works for now, but it cannot be remembered: %2</source>
        <translation>%1 のプリンターは今は使えますが、記憶できません：%2</translation>
    </message>
    <message>
        <source>The printer at %1 is set; checking it…</source>
        <translation>%1 のプリンターを設定しました。確認中…</translation>
    </message>
    <message>
        <source>No printer is set.</source>
        <translation>プリンターが設定されていません。</translation>
    </message>
    <message>
        <source>The printer is stopped, but this handheld cannot forget it: %1</source>
        <translation>プリンターを停止しましたが、このハンディから設定を消せません：%1</translation>
    </message>
    <message>
        <source>No printer is set now: NG stickers are not printed.</source>
        <translation>プリンターの設定を外しました。NG ステッカーは印刷されません。</translation>
    </message>
    <message>
        <source>No printer is set: type its address first.</source>
        <translation>プリンターが設定されていません。先にアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The test label cannot be put in the print spool: %1</source>
        <translation>テストラベルを印刷スプールに入れられません：%1</translation>
    </message>
    <message>
        <source>The test label is in the print spool: it prints as soon as the printer at %1 is ready.</source>
        <translation>テストラベルは印刷スプールで待機中です。%1 のプリンターの準備ができしだい印刷されます。</translation>
    </message>
    <message>
        <source>“%1” is not a way to print Japanese (font or graphic).</source>
        <translation>「%1」は日本語の印刷方法ではありません（font または graphic）。</translation>
    </message>
    <message>
        <source>Japanese is printed this way for now, but it cannot be remembered: %1</source>
        <translation>今はこの方法で日本語を印刷しますが、記憶できません：%1</translation>
    </message>
    <message>
        <source>Japanese text is drawn here and sent as a picture (any printer).</source>
        <translation>日本語はこの端末で描画し、画像として送ります（どのプリンターでも可）。</translation>
    </message>
    <message>
        <source>Japanese text uses the printer&apos;s own Japanese font.</source>
        <translation>日本語はプリンター内蔵の日本語フォントで印刷します。</translation>
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
    <message>
        <source>Your account may not do this: %1.</source>
        <translation>このアカウントには権限がありません: %1</translation>
    </message>
    <message>
        <source>Your account may not do this.</source>
        <translation>このアカウントにはこの操作の権限がありません。</translation>
    </message>
</context>
<context>
    <name>wh::FigureFormat</name>
    <message>
        <source>¥%1</source>
        <extracomment>A yen amount; %1 is the number with grouped digits</extracomment>
        <translation>%1円</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage; %1 is the number</extracomment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>wh::FiguresView</name>
    <message>
        <source>Business days</source>
        <translation>営業日数</translation>
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
        <translation>人時生産性</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>達成率</translation>
    </message>
    <message>
        <source>Labor cost</source>
        <translation>人件費</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>1個あたり人件費</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上の階層へ</translation>
    </message>
    <message>
        <source>Punches and units…</source>
        <translation>打刻と処理量…</translation>
    </message>
    <message>
        <source>The punches and units behind the selected row in this period.</source>
        <translation>選んだ行のこの期間の内訳（打刻と処理量）。</translation>
    </message>
    <message>
        <source>* The units add up activities of different kinds (pieces, cartons, lines…): compare them within an activity.</source>
        <translation>* 処理量は種類の異なる作業（ピース、ケース、行など）を合算しています。同じ作業の中で比べてください。</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>The figures cannot be read from the store: %1</source>
        <translation>ストアから実績を読み込めません: %1</translation>
    </message>
    <message>
        <source>ddd, MMM d, yyyy</source>
        <extracomment>QDate format of the period shown under the title, e.g. &quot;Thu, Oct 22, 2026&quot;</extracomment>
        <translation>yyyy年M月d日(ddd)</translation>
    </message>
    <message>
        <source>%1, %2 to %3: no figures were recorded at this site in this period.</source>
        <translation>%1、%2～%3: この期間、この拠点には実績の記録がありません。</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1、%2～%3</translation>
    </message>
    <message>
        <source>adds up different activities</source>
        <translation>異なる作業を合算</translation>
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
        <source>Activities of %1 (double-click one for its punches and units)</source>
        <extracomment>%1 is a section&apos;s name</extracomment>
        <translation>%1 の作業（ダブルクリックで打刻と処理量を表示）</translation>
    </message>
    <message>
        <source>units/h</source>
        <translation>個/h</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>Sections of %1</source>
        <extracomment>%1 is a block&apos;s name</extracomment>
        <translation>%1 のセクション</translation>
    </message>
    <message>
        <source>Activities of %1</source>
        <extracomment>%1 is a section&apos;s name</extracomment>
        <translation>%1 の作業</translation>
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
    <name>wh::HandheldApp</name>
    <message>
        <source>Sign in first: scan your badge or type your worker code.</source>
        <translation>先にサインインしてください：入館証をスキャンするか、社員コードを入力してください。</translation>
    </message>
    <message>
        <source>This workflow is not available on the handheld yet.</source>
        <translation>この作業メニューはハンディではまだ使えません。</translation>
    </message>
    <message>
        <source>That was %1. No code is read on this screen: go back first.</source>
        <translation>スキャンしたのは%1です。この画面ではコードを読み取りません。先に戻ってください。</translation>
    </message>
    <message>
        <source>The handheld is now %1&apos;s.</source>
        <translation>使用者を %1 さんに切り替えました。</translation>
    </message>
    <message>
        <source>The code could not be read. Please scan it again.</source>
        <translation>コードを読み取れませんでした。もう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>The tape measure sent a reading, but no garment is being measured here: open Measure and scan the care label first.</source>
        <translation>メジャーから測定値が届きましたが、いまは採寸中ではありません。採寸を開いて洗濯ネームをスキャンしてください。</translation>
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
        <translation type="vanished">ハンディ: 現場でのスキャン・採寸・検品。</translation>
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
        <translation type="vanished">ホーム画面を読み込めません。原因はログを確認してください。</translation>
    </message>
    <message>
        <source>The handheld cannot start on this store: %1</source>
        <translation>このストアではハンディを起動できません: %1</translation>
    </message>
    <message>
        <source>The screens cannot be loaded; the log says why.</source>
        <translation>画面を読み込めません。理由はログを確認してください。</translation>
    </message>
    <message>
        <source>Opens this screen in a telling state, as a worker would get there (for pictures and demos; it writes to the store like a worker would): %1.</source>
        <translation>この画面を、作業者が操作してたどり着いた状態で開きます（画面写真やデモ用。作業者と同じようにストアに書き込みます）: %1。</translation>
    </message>
    <message>
        <source>With --screen: the worker who signs in (default: the site&apos;s first with a badge).</source>
        <translation>--screen と併用：サインインする作業者（既定: 拠点で入館証を持つ最初の作業者）。</translation>
    </message>
    <message>
        <source>With --screen measure-item or measure-verdict: the care label&apos;s text.</source>
        <translation>--screen measure-item または measure-verdict と併用：洗濯ネームの文字列。</translation>
    </message>
    <message>
        <source>Handheld: scanning, measuring and switching activity on the floor.</source>
        <translation>ハンディ: 現場でのスキャン・採寸・作業切替。</translation>
    </message>
    <message>
        <source>There is no screen %1. The screens: %2.</source>
        <translation>画面 %1 はありません。画面: %2。</translation>
    </message>
    <message>
        <source>The screen %1 cannot be shown: %2</source>
        <translation>画面 %1 を表示できません: %2</translation>
    </message>
    <message>
        <source>The window&apos;s size in pixels, WIDTHxHEIGHT (default 360x640, the phone the screens are laid out for; e.g. 800x1280 for a tablet).</source>
        <translation>ウィンドウの大きさ (ピクセル、幅x高さ)。既定は 360x640 (画面を配置した携帯端末の大きさ)。タブレットなら 800x1280 など。</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT in pixels, from 240x320 to 4000x4000, not “%1”.</source>
        <translation>--size は 240x320 から 4000x4000 までの「幅x高さ」(ピクセル) で指定してください。「%1」は使えません。</translation>
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
    <name>wh::ImportErrorModel</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Why it was not applied</source>
        <translation>反映されなかった理由</translation>
    </message>
    <message>
        <source>Row as in the file</source>
        <translation>ファイルの行（原文）</translation>
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
        <translation type="vanished">M月d日</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a short date such as &quot;Nov 20&quot;, %2 a time such as &quot;22:10&quot;</extracomment>
        <translation type="vanished">%1 %2</translation>
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
    <name>wh::LiveBoardView</name>
    <message>
        <source>Refresh now</source>
        <translation>今すぐ更新</translation>
    </message>
    <message>
        <source>Clocked in</source>
        <translation>出勤中</translation>
    </message>
    <message>
        <source>On a work activity</source>
        <translation>作業中</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>休憩中</translation>
    </message>
    <message>
        <source>Live board</source>
        <translation>ライブボード</translation>
    </message>
    <message>
        <source>Choose a site to see who is on the floor.</source>
        <translation>現場にいる人を表示する拠点を選んでください。</translation>
    </message>
    <message>
        <source>Nobody is clocked in at %1 right now.</source>
        <translation>現在 %1 で出勤中の人はいません。</translation>
    </message>
    <message>
        <source>Live board: %1</source>
        <translation>ライブボード: %1</translation>
    </message>
    <message>
        <source>As of %1 · updates every %2 s</source>
        <extracomment>%1 is the time the floor was read (HH:mm:ss), %2 the refresh interval in seconds</extracomment>
        <translation>%1 時点 · %2 秒ごとに更新</translation>
    </message>
    <message>
        <source>Updates every %1 s</source>
        <translation>%1 秒ごとに更新</translation>
    </message>
    <message>
        <source>Open over %1</source>
        <extracomment>%1 is the threshold, e.g. &quot;10 h&quot;</extracomment>
        <translation>%1超の継続</translation>
    </message>
    <message>
        <source>Who is on which activity (%1)</source>
        <translation>作業ごとの作業者（%1）</translation>
    </message>
    <message>
        <source>Head-count per activity</source>
        <translation>作業別の人数</translation>
    </message>
    <message>
        <source>Clocked in, on no work activity (%1)</source>
        <extracomment>People clocked in but on no work activity (on a break)</extracomment>
        <translation>出勤中で作業していない人（%1）</translation>
    </message>
    <message>
        <source>Open over %1: probably forgotten (%2)</source>
        <extracomment>%1 is the threshold (e.g. &quot;10 h&quot;), %2 the number of punches</extracomment>
        <translation>%1超の継続: 打刻漏れの可能性（%2）</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 時点</translation>
    </message>
    <message>
        <source>%1 clocked in, %2 on a break</source>
        <extracomment>%1 clocked in, %2 on a break</extracomment>
        <translation>出勤中 %1 人、休憩中 %2 人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>open too long: probably forgotten</source>
        <translation>継続が長すぎます: 打刻漏れの可能性</translation>
    </message>
    <message>
        <source>on a break</source>
        <translation>休憩中</translation>
    </message>
</context>
<context>
    <name>wh::LiveHeadCountModel</name>
    <message>
        <source>Direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>Indirect</source>
        <translation>間接</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>休憩</translation>
    </message>
    <message>
        <source>The longest anyone has been on this activity (hours:minutes)</source>
        <translation>この作業を最も長く続けている人の時間（時:分）</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>作業</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>作業者数</translation>
    </message>
    <message>
        <source>Longest</source>
        <extracomment>The longest time anyone has been on the activity (shown as hours:minutes)</extracomment>
        <translation>最長</translation>
    </message>
</context>
<context>
    <name>wh::LiveTime</name>
    <message>
        <source>%1 h</source>
        <extracomment>A whole number of hours, e.g. &quot;10 h&quot;</extracomment>
        <translation>%1時間</translation>
    </message>
</context>
<context>
    <name>wh::LiveWorkersModel</name>
    <message>
        <source>On shift since %1 (%2)</source>
        <extracomment>Tooltip of a row of the live board; %1 is when the shift began, %2 how long ago</extracomment>
        <translation>%1 から勤務中（%2）</translation>
    </message>
    <message>
        <source>This punch has been open for more than %1: probably a forgotten clock-out. Check with the worker, then correct it.</source>
        <extracomment>%1 is the threshold, e.g. &quot;10 h&quot;</extracomment>
        <translation>この打刻は%1を超えて継続しています。退勤打刻漏れの可能性があります。作業者に確認してから修正してください。</translation>
    </message>
    <message>
        <source>How long the worker has been on this activity (hours:minutes)</source>
        <translation>この作業を続けている時間（時:分）</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>社員コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>作業</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>For</source>
        <extracomment>How long the worker has been on the activity (shown as hours:minutes)</extracomment>
        <translation>経過</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>端末</translation>
    </message>
</context>
<context>
    <name>wh::ManagerProgram</name>
    <message>
        <source>Manager: productivity reports over the site store.</source>
        <translation>マネージャー: 拠点ストアの生産性レポート。</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2.</source>
        <translation>パスワードファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>--account %1 needs its password in the environment variable WH_MANAGER_PASSWORD or in --password-file.</source>
        <translation>--account %1 には、環境変数 WH_MANAGER_PASSWORD か --password-file でパスワードを指定してください。</translation>
    </message>
    <message>
        <source>This store has no accounts yet: start wh-manager without --account to create the administrator, or use “wh account add”.</source>
        <translation>このストアにはまだアカウントがありません。--account なしで wh-manager を起動して管理者を作成するか、「wh account add」を使ってください。</translation>
    </message>
    <message numerus="yes">
        <source>Cannot sign in as %1: too many failed attempts; try again in %n second(s).</source>
        <translation>
            <numerusform>%1 としてサインインできません: 失敗が多すぎます。%n 秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot sign in as %1: the name or password is wrong.</source>
        <translation>%1 としてサインインできません: 名前またはパスワードが違います。</translation>
    </message>
    <message>
        <source>The page to open (and to take the --screenshot of): overview, figures, trends, person, live, corrections.</source>
        <translation>開くページ（--screenshot で撮影するページ）: overview、figures、trends、person、live、corrections。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>With --view person: the worker to show (a code, a badge id or a name).</source>
        <translation>--view person と併用: 表示する作業者（社員コード、入館証番号、または氏名）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Sign in as this account without the sign-in window (for scripts, screenshots and tests). The password is read from the environment variable WH_MANAGER_PASSWORD, or from the first line of --password-file. Without --account the program asks (and, on a store without accounts, asks for the administrator to create; with --screenshot it pictures that window).</source>
        <translation>サインイン画面を出さずにこのアカウントでサインインします（スクリプト、スクリーンショット、テスト用）。パスワードは環境変数 WH_MANAGER_PASSWORD か、--password-file の 1 行目から読みます。--account がなければ入力を求めます（アカウントのないストアでは作成する管理者の入力を求め、--screenshot ではその画面を撮影します）。</translation>
    </message>
    <message>
        <source>With --account: read the password from the first line of this file.</source>
        <translation>--account と併用: このファイルの 1 行目からパスワードを読みます。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>--password-file goes with --account NAME.</source>
        <translation>--password-file は --account NAME と一緒に指定してください。</translation>
    </message>
    <message>
        <source>There is no page called %1: choose one of %2.</source>
        <translation>%1 というページはありません。%2 のいずれかを選んでください。</translation>
    </message>
</context>
<context>
    <name>wh::ManagerWindow</name>
    <message>
        <source>Business days</source>
        <translation type="vanished">稼働日数</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="vanished">作業者数</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation type="vanished">作業時間</translation>
    </message>
    <message>
        <source>Punches</source>
        <translation type="vanished">打刻数</translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="vanished">処理量</translation>
    </message>
    <message>
        <source>Units per hour</source>
        <translation type="vanished">生産性（処理量/時間）</translation>
    </message>
    <message>
        <source>Productivity overview</source>
        <translation type="vanished">生産性の概要</translation>
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
        <translation type="vanished">ストアに拠点がまだ登録されていないため、表示する実績がありません。</translation>
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
        <translation type="vanished">yyyy年M月d日(ddd)</translation>
    </message>
    <message>
        <source>%1, %2 to %3: no punches were recorded at this site in this period.</source>
        <translation type="vanished">%1&#x3000;%2〜%3: この期間、この拠点の打刻はありません。</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation type="vanished">%1&#x3000;%2〜%3</translation>
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
        <translation type="vanished">上の階層へ</translation>
    </message>
    <message>
        <source>Scanned %1: it has no figures at this site in this period.</source>
        <translation>%1 をスキャンしました: この拠点・期間には実績がありません。</translation>
    </message>
    <message>
        <source>Blocks (double-click one for its sections)</source>
        <translation type="vanished">ブロック（ダブルクリックでセクションを表示）</translation>
    </message>
    <message>
        <source>Sections of %1 (double-click one for its activities)</source>
        <extracomment>%1 is a block&apos;s name</extracomment>
        <translation type="vanished">%1 のセクション（ダブルクリックで作業を表示）</translation>
    </message>
    <message>
        <source>Activities of %1</source>
        <extracomment>%1 is a section&apos;s name</extracomment>
        <translation type="vanished">%1 の作業</translation>
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
        <translation type="vanished">%1 をスキャンしました: このストアの拠点・ブロック・セクション・作業のコードではありません。</translation>
    </message>
    <message>
        <source>The scanned code could not be read: %1</source>
        <translation>スキャンしたコードを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>リーダー</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>マネージャー</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Productivity and labor</source>
        <translation>生産性・労務</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <extracomment>%1 is the account name, %2 its role (leader, manager, administrator)</extracomment>
        <translation>%1（%2）でサインイン中</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Read the figures of every page again (F5).</source>
        <translation>すべてのページの実績を読み込み直します（F5）。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>表を CSV で…</translation>
    </message>
    <message>
        <source>Page as PDF…</source>
        <translation>ページを PDF で…</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>グラフを PNG で…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>中止しました。</translation>
    </message>
    <message>
        <source>The store has no site you may see: there is nothing to show.</source>
        <translation>このストアには閲覧できる拠点がないため、表示するものがありません。</translation>
    </message>
    <message>
        <source>This page has no chart to export.</source>
        <translation>このページにはエクスポートできるグラフがありません。</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>The file was not written: %1</source>
        <translation>ファイルを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>書き出しました: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>The page was not printed: %1</source>
        <translation>ページを印刷できませんでした: %1</translation>
    </message>
    <message>
        <source>Scanned %1: worker %2 %3.</source>
        <extracomment>%1 what was scanned, %2 the worker&apos;s code, %3 the worker&apos;s name</extracomment>
        <translation>%1 をスキャンしました: 作業者 %2 %3。</translation>
    </message>
    <message>
        <source>Scanned %1: not a site, block, section, activity or worker code of this store.</source>
        <translation>%1 をスキャンしました: このストアの拠点・ブロック・セクション・作業・作業者のコードではありません。</translation>
    </message>
</context>
<context>
    <name>wh::MeasureViewModel</name>
    <message>
        <source>PASS</source>
        <extracomment>The verdict of a measured garment, shown big: every point within tolerance</extracomment>
        <translation>合格</translation>
    </message>
    <message>
        <source>FAIL</source>
        <extracomment>The verdict of a measured garment, shown big: a point out of tolerance</extracomment>
        <translation>不合格</translation>
    </message>
    <message>
        <source>%1 of %2 points measured</source>
        <translation>%2 箇所中 %1 箇所を採寸済み</translation>
    </message>
    <message numerus="yes">
        <source>All %n point(s) within tolerance</source>
        <translation>
            <numerusform>全 %n 箇所が許容差内</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 points out of tolerance</source>
        <translation>%2 箇所中 %1 箇所が許容差外</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>A point out of tolerance: its name, the value measured, the deviation from the target</extracomment>
        <translation>%1: %2（%3）</translation>
    </message>
    <message>
        <source>This device has no brand keys to check care labels with: an administrator adds them in Settings.</source>
        <translation>この端末には洗濯ネームを確認するブランドの鍵がありません。管理者が設定画面で追加します。</translation>
    </message>
    <message>
        <source>Item %1 is already open: measure its points.</source>
        <translation>アイテム %1 は採寸中です。続けて採寸してください。</translation>
    </message>
    <message numerus="yes">
        <source>Item %1 was left incomplete; its %n measured value(s) are kept.</source>
        <translation>
            <numerusform>アイテム %1 は途中で終了しました。採寸済みの %n 件の値は保存されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a length: type the value in millimetres, for example 721.5.</source>
        <translation>「%1」は長さではありません。mm で入力してください（例: 721.5）。</translation>
    </message>
    <message>
        <source>Feet and yards are not accepted: type the value in millimetres, for example 721.5.</source>
        <translation>フィートとヤードは使えません。mm で入力してください（例: 721.5）。</translation>
    </message>
    <message>
        <source>%1 is not the length of a garment&apos;s point: type the value in millimetres, for example 721.5.</source>
        <translation>%1 は衣料品の採寸箇所の長さではありません。mm で入力してください（例: 721.5）。</translation>
    </message>
    <message>
        <source>%1 is the only point left to measure.</source>
        <translation>残りの採寸箇所は %1 だけです。</translation>
    </message>
    <message>
        <source>This is the first point.</source>
        <translation>最初の採寸箇所です。</translation>
    </message>
    <message>
        <source>Simulated readings need the simulated tape measure: choose it on the Devices screen.</source>
        <translation>模擬測定にはシミュレーターのメジャーが必要です。機器画面で選んでください。</translation>
    </message>
    <message>
        <source>The simulated tape measure cannot measure now: %1</source>
        <translation>シミュレーターのメジャーは今は測定できません：%1</translation>
    </message>
    <message>
        <source>Only a measured item that failed gets an NG sticker.</source>
        <translation>NG ステッカーは、採寸して不合格になったアイテムにだけ印刷します。</translation>
    </message>
    <message>
        <source>The NG sticker of item %1 waits for the printer: it prints by itself when the printer is back.</source>
        <translation>アイテム %1 の NG ステッカーはプリンター待ちです。プリンターが復帰すると自動で印刷されます。</translation>
    </message>
    <message>
        <source>The reading %1 was not used: scan the care label first.</source>
        <translation>測定値 %1 は使われませんでした。先に洗濯ネームをスキャンしてください。</translation>
    </message>
    <message>
        <source>The reading %1 was not used: every point has a value. Tap a point to measure it again, or go to the next item.</source>
        <translation>測定値 %1 は使われませんでした。すべての採寸箇所に値があります。測り直す箇所をタップするか、次のアイテムへ進んでください。</translation>
    </message>
    <message>
        <source>The tape measure sends feet: set it to millimetres (or inches), then measure %1 again.</source>
        <translation>メジャーがフィートで送っています。mm（またはインチ）に設定してから、%1 を測り直してください。</translation>
    </message>
    <message>
        <source>The tape measure sent a reading that is not a number: measure %1 again.</source>
        <translation>メジャーから数値ではない測定値が届きました。%1 を測り直してください。</translation>
    </message>
    <message>
        <source>The reading %1 is far too long for a garment: measure %2 again.</source>
        <translation>測定値 %1 は衣料品としては長すぎます。%2 を測り直してください。</translation>
    </message>
    <message>
        <source>The tape measure read 0: measure %1 again.</source>
        <translation>メジャーの測定値が 0 でした。%1 を測り直してください。</translation>
    </message>
    <message>
        <source>The tape measure sent something that cannot be read (%1): measure %2 again.</source>
        <translation>メジャーから読み取れないデータが届きました（%1）。%2 を測り直してください。</translation>
    </message>
    <message>
        <source>The tape measure is not connected: reconnect it on the Devices screen or type the value.</source>
        <translation>メジャーが接続されていません。機器画面で再接続するか、値を入力してください。</translation>
    </message>
    <message>
        <source>The tape measure is connected again.</source>
        <translation>メジャーが再接続されました。</translation>
    </message>
    <message>
        <source>The value cannot be saved: this device (%1) is not set up in its store. Tell an administrator.</source>
        <translation>値を保存できません：この端末（%1）はストアに登録されていません。管理者に伝えてください。</translation>
    </message>
    <message>
        <source>worker %1 is not known to this device</source>
        <translation>作業者 %1 はこの端末に登録されていません</translation>
    </message>
    <message>
        <source>The value %1 for %2 could not be saved (%3): measure it again.</source>
        <translation>%2 の値 %1 を保存できませんでした（%3）。測り直してください。</translation>
    </message>
    <message>
        <source>The item passes now: take off the NG sticker printed for it before.</source>
        <translation>このアイテムは合格になりました。前に印刷した NG ステッカーをはがしてください。</translation>
    </message>
    <message>
        <source>No label printer is set up for this device: choose one on the Devices screen, then print the NG sticker.</source>
        <translation>この端末にはラベルプリンターが設定されていません。機器画面で選んでから、NG ステッカーを印刷してください。</translation>
    </message>
    <message>
        <source>The NG sticker cannot be made: %1</source>
        <translation>NG ステッカーを作成できません：%1</translation>
    </message>
    <message>
        <source>The NG sticker cannot be put in the print queue: %1</source>
        <translation>NG ステッカーを印刷スプールに入れられません：%1</translation>
    </message>
    <message>
        <source>NG sticker printed on %1.</source>
        <translation>%1 で NG ステッカーを印刷しました。</translation>
    </message>
    <message>
        <source>The NG sticker waits for the printer at %1: it prints by itself when the printer is back.</source>
        <translation>NG ステッカーは %1 のプリンター待ちです。プリンターが復帰すると自動で印刷されます。</translation>
    </message>
    <message>
        <source>Printing the NG sticker on %1…</source>
        <translation>%1 で NG ステッカーを印刷中…</translation>
    </message>
    <message>
        <source>The NG sticker of item %1 has been printed.</source>
        <translation>アイテム %1 の NG ステッカーを印刷しました。</translation>
    </message>
    <message>
        <source>The NG sticker waits in the print queue. %1 It prints by itself when the printer is back.</source>
        <translation>NG ステッカーは印刷待ちです。%1 プリンターが復帰すると自動で印刷されます。</translation>
    </message>
    <message>
        <source>Scan the care label first.</source>
        <translation>先に洗濯ネームをスキャンしてください。</translation>
    </message>
    <message>
        <source>No point is waiting for a value: tap a point to measure it again, or go to the next item.</source>
        <translation>値を待っている採寸箇所はありません。測り直す箇所をタップするか、次のアイテムへ進んでください。</translation>
    </message>
    <message>
        <source>This code is not a care label&apos;s measurement spec. Scan the QR code on the care label.</source>
        <translation>このコードは洗濯ネームの採寸仕様ではありません。洗濯ネームの QR コードをスキャンしてください。</translation>
    </message>
    <message>
        <source>This care label is in a newer format than this device reads. Set the garment aside and tell your leader.</source>
        <translation>この洗濯ネームは、この端末では読めない新しい形式です。衣料品を別にして、リーダーに伝えてください。</translation>
    </message>
    <message>
        <source>The care label was read only in part. Scan it again, holding the scanner still.</source>
        <translation>洗濯ネームの一部しか読み取れませんでした。スキャナーを動かさずに、もう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>This care label was signed with a brand key this device does not have (key %1). Ask an administrator to add it in Settings.</source>
        <translation>この洗濯ネームは、この端末にないブランドの鍵（鍵 %1）で署名されています。管理者に設定画面で追加してもらってください。</translation>
    </message>
    <message>
        <source>This care label&apos;s spec was altered or not signed by the brand: do not measure against it. Set the garment aside and tell your leader.</source>
        <translation>この洗濯ネームの仕様は改ざんされているか、ブランドの署名がありません。この仕様で採寸しないでください。衣料品を別にして、リーダーに伝えてください。</translation>
    </message>
    <message>
        <source>This care label&apos;s spec is damaged or badly made (field %1). Set the garment aside and tell your leader.</source>
        <translation>この洗濯ネームの仕様は壊れているか、正しく作られていません（項目 %1）。衣料品を別にして、リーダーに伝えてください。</translation>
    </message>
    <message>
        <source>This care label cannot be read. Scan it again.</source>
        <translation>この洗濯ネームを読み取れません。もう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A tape reading as the device sent it: a number and its unit (&quot;721.5 mm&quot;, &quot;28.4 in&quot;)</extracomment>
        <translation>%1 %2</translation>
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
        <translation>人時生産性</translation>
    </message>
    <message>
        <source>%1 *</source>
        <extracomment>Units that add up unlike activities (e.g. pieces and cartons); %1 is the number</extracomment>
        <translation>%1 *</translation>
    </message>
    <message numerus="yes">
        <source>Adds up the units of %n activities of different kinds.</source>
        <translation>
            <numerusform>種類の異なる %n 作業の処理量を合算しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Units per paid hour, day by day over the period.</source>
        <translation>期間中の日ごとの人時生産性。</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>達成率</translation>
    </message>
    <message>
        <source>Labor cost</source>
        <translation>人件費</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>1個あたり人件費</translation>
    </message>
    <message>
        <source>Daily trend</source>
        <translation>日別推移</translation>
    </message>
</context>
<context>
    <name>wh::OutboxStatus</name>
    <message>
        <source>oldest %1</source>
        <extracomment>%1 is how long ago, e.g. &quot;12 min&quot; or &quot;just now&quot;</extracomment>
        <translation>最古: %1</translation>
    </message>
    <message>
        <source>Sync queue cannot be read</source>
        <translation>同期待ちを読み込めません</translation>
    </message>
    <message>
        <source>All synced</source>
        <translation>すべて同期済み</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting to sync</source>
        <translation>
            <numerusform>同期待ち %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <extracomment>minutes ago, e.g. &quot;12 min ago&quot;</extracomment>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <extracomment>hours ago</extracomment>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wh::OverviewView</name>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>作業</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>Likely cause</source>
        <translation>考えられる原因</translation>
    </message>
    <message>
        <source>Anomalies of the last two weeks (double-click one to see its figures)</source>
        <translation>直近 2 週間の異常（ダブルクリックで実績を表示）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>本日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>4-week average</source>
        <translation>4週平均</translation>
    </message>
    <message>
        <source>vs 4 weeks</source>
        <translation>4週平均比</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>There is no site you may see in this store.</source>
        <translation>このストアには閲覧できる拠点がありません。</translation>
    </message>
    <message>
        <source>Reading today&apos;s figures…</source>
        <translation>本日の実績を読み込んでいます…</translation>
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
        <translation>人時生産性</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>1個あたり人件費</translation>
    </message>
    <message>
        <source>Labor cost</source>
        <translation>人件費</translation>
    </message>
    <message>
        <source>Today is %1. &quot;Today&quot; counts the punches closed and totalled so far; the live board shows who is working now. The 4-week average is a business day&apos;s over the 28 days before yesterday; &quot;vs 4 weeks&quot; compares yesterday with it.</source>
        <extracomment>%1 is today&apos;s date (business day)</extracomment>
        <translation>本日は%1です。「本日」はこれまでに終了・集計された打刻の分です。いま作業中の人はライブボードで確認できます。「4週平均」は昨日より前の 28 日間の営業日 1 日あたりの平均で、「4週平均比」は昨日をそれと比べたものです。</translation>
    </message>
    <message>
        <source>Some figures cannot be read: %1</source>
        <translation>一部の実績を読み込めません: %1</translation>
    </message>
    <message>
        <source>The anomalies cannot be read: %1</source>
        <translation>異常を読み込めません: %1</translation>
    </message>
    <message>
        <source>Today so far</source>
        <translation>本日（現時点）</translation>
    </message>
    <message>
        <source>Yesterday vs 4 weeks</source>
        <translation>昨日の4週平均比</translation>
    </message>
</context>
<context>
    <name>wh::PeriodChart</name>
    <message>
        <source>yyyy-MM</source>
        <extracomment>QDate format of a month on a chart&apos;s axis</extracomment>
        <translation>yyyy/M</translation>
    </message>
    <message>
        <source>M/d</source>
        <extracomment>QDate format of a day on a chart&apos;s axis</extracomment>
        <translation>M/d</translation>
    </message>
    <message>
        <source>yy/M/d</source>
        <translation>yy/M/d</translation>
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
    <name>wh::PersonActivityModel</name>
    <message>
        <source>All activities</source>
        <translation>全作業</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>作業</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>処理量</translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation>有給時間</translation>
    </message>
    <message>
        <source>Units/h</source>
        <extracomment>Column header: productivity, units per paid hour</extracomment>
        <translation>生産性（個/h）</translation>
    </message>
    <message>
        <source>Standard units/h</source>
        <extracomment>Column header: the activity&apos;s standard, units per hour</extracomment>
        <translation>標準（個/h）</translation>
    </message>
    <message>
        <source>Performance</source>
        <extracomment>Column header: performance against the standard, percent</extracomment>
        <translation>達成率</translation>
    </message>
</context>
<context>
    <name>wh::PersonMonthModel</name>
    <message>
        <source>The month&apos;s average productivity: its units over its paid hours.</source>
        <translation>その月の平均生産性（処理量 ÷ 有給時間）。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>処理量</translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation>有給時間</translation>
    </message>
    <message>
        <source>Units/h</source>
        <extracomment>Column header: the month&apos;s average productivity, units per paid hour</extracomment>
        <translation>生産性（個/h）</translation>
    </message>
</context>
<context>
    <name>wh::PersonView</name>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>処理量</translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation>有給時間</translation>
    </message>
    <message>
        <source>Units per paid hour</source>
        <translation>人時生産性</translation>
    </message>
    <message>
        <source>Days worked</source>
        <translation>出勤日数</translation>
    </message>
    <message>
        <source>Worker code, badge or name</source>
        <translation>社員コード・入館証・氏名</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>作業者</translation>
    </message>
    <message>
        <source>By activity (select one to narrow the chart and the months)</source>
        <translation>作業別（選ぶとグラフと月別をその作業に絞り込みます）</translation>
    </message>
    <message>
        <source>Type a worker&apos;s code, badge or name, or pick one from the list.</source>
        <translation>社員コード・入館証番号・氏名を入力するか、一覧から選んでください。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>個人別</translation>
    </message>
    <message>
        <source>Reading the worker&apos;s figures…</source>
        <translation>作業者の実績を読み込んでいます…</translation>
    </message>
    <message>
        <source>Person: reading cancelled.</source>
        <translation>個人別: 読み込みを中止しました。</translation>
    </message>
    <message>
        <source>No worker matches “%1” (code, badge or name).</source>
        <translation>「%1」に一致する作業者はいません（社員コード・入館証・氏名）。</translation>
    </message>
    <message>
        <source>Worker&apos;s figures read in %1 ms.</source>
        <translation>作業者の実績を %1 ミリ秒で読み込みました。</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>月別</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>全作業</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>The person page&apos;s heading: worker code and name</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No figures for %1 from %2 to %3.</source>
        <translation>%2～%3 の %1 の実績はありません。</translation>
    </message>
    <message>
        <source>%1 to %2 — %3</source>
        <extracomment>Above the person&apos;s tiles: the period, then the activities counted</extracomment>
        <translation>%1～%2 — %3</translation>
    </message>
    <message>
        <source>(mixed units: the units add up different activities)</source>
        <translation>（異種合算: 異なる作業の処理量を合算しています）</translation>
    </message>
    <message>
        <source>By month: %1</source>
        <extracomment>Above the months table: &quot;By month: All activities&quot;</extracomment>
        <translation>月別: %1</translation>
    </message>
    <message>
        <source>Units and paid hours by day: %1</source>
        <extracomment>Chart title: &quot;Units and paid hours by day: Picking&quot;</extracomment>
        <translation>日別の処理量と有給時間: %1</translation>
    </message>
    <message>
        <source>Other activities</source>
        <translation>その他の作業</translation>
    </message>
    <message>
        <source>Worker&apos;s figures: %1</source>
        <extracomment>Title of the person page&apos;s export: &quot;Worker&apos;s figures: W00042 山田 太郎&quot;</extracomment>
        <translation>作業者の実績: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>期間: %1～%2</translation>
    </message>
    <message>
        <source>Units, paid hours and units per paid hour; performance = standard hours earned / hours of the activities that have a standard.</source>
        <translation>処理量、有給時間、人時生産性。達成率 = 獲得標準時間 / 標準のある作業の有給時間。</translation>
    </message>
    <message>
        <source>&quot;All activities&quot; adds up the units of different activities.</source>
        <translation>「全作業」は異なる作業の処理量を合算しています。</translation>
    </message>
    <message>
        <source>Month / activity</source>
        <translation>月 / 作業</translation>
    </message>
    <message>
        <source>By month (all activities)</source>
        <translation>月別（全作業）</translation>
    </message>
    <message>
        <source>By activity</source>
        <translation>作業別</translation>
    </message>
    <message>
        <source>units</source>
        <translation>個</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>wh-manager: person page</source>
        <translation>wh-manager: 個人別ページ</translation>
    </message>
    <message>
        <source>Units and paid hours by month: %1</source>
        <extracomment>Chart title for periods over 92 days: &quot;Units and paid hours by month: Picking&quot;</extracomment>
        <translation>月別の処理量と有給時間: %1</translation>
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
    <name>wh::PunchListModel</name>
    <message>
        <source>open</source>
        <translation>作業中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>forgotten</source>
        <extracomment>A punch closed automatically because nobody clocked out</extracomment>
        <translation>打刻漏れ</translation>
    </message>
    <message>
        <source>✎ corrected</source>
        <extracomment>Marks a punch that a correction changed or added</extracomment>
        <translation>✎ 修正済み</translation>
    </message>
    <message>
        <source>The worker is still on this punch. It can be corrected once they switch or clock out.</source>
        <translation>作業者はまだこの打刻で作業中です。作業切替か退勤の後に修正できます。</translation>
    </message>
    <message>
        <source>Nobody clocked out: the punch was closed after the longest shift. Set its real end.</source>
        <translation>退勤打刻がないため、最長勤務時間の経過後に締めた打刻です。実際の終了時刻を設定してください。</translation>
    </message>
    <message>
        <source>Changed or added by a correction. Open its history to see who, when and why.</source>
        <translation>修正で変更または追加された打刻です。誰が・いつ・なぜ修正したかは履歴で確認できます。</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>営業日</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>社員コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>作業</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Length (h:mm)</source>
        <translation>時間（h:mm）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>修正</translation>
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
    <name>wh::ScanClassifier</name>
    <message>
        <source>a care label&apos;s measuring code</source>
        <translation>洗濯ネームの採寸コード</translation>
    </message>
    <message>
        <source>a worker badge</source>
        <translation>入館証</translation>
    </message>
    <message>
        <source>a worker code</source>
        <translation>社員コード</translation>
    </message>
    <message>
        <source>an activity code</source>
        <translation>作業コード</translation>
    </message>
    <message>
        <source>an item barcode</source>
        <translation>アイテムのバーコード</translation>
    </message>
    <message>
        <source>a code this app does not know</source>
        <translation>このアプリでは使わないコード</translation>
    </message>
    <message>
        <source>That was %1. This screen does not take a scan.</source>
        <extracomment>%1 is what was scanned, e.g. &quot;a worker badge&quot;</extracomment>
        <translation>スキャンしたのは%1です。この画面ではスキャンを使いません。</translation>
    </message>
    <message>
        <source>That was %1. Here, scan the care label&apos;s QR code.</source>
        <extracomment>%1 is what was scanned, e.g. &quot;a worker badge&quot;</extracomment>
        <translation>スキャンしたのは%1です。ここでは洗濯ネームの QR コードをスキャンしてください。</translation>
    </message>
    <message>
        <source>That was %1. Here, scan your badge.</source>
        <extracomment>%1 is what was scanned, e.g. &quot;an item barcode&quot;</extracomment>
        <translation>スキャンしたのは%1です。ここでは入館証をスキャンしてください。</translation>
    </message>
    <message>
        <source>That was %1. Here, scan or type your worker code.</source>
        <extracomment>%1 is what was scanned, e.g. &quot;an item barcode&quot;</extracomment>
        <translation>スキャンしたのは%1です。ここでは社員コードをスキャンするか、入力してください。</translation>
    </message>
    <message>
        <source>That was %1. Here, scan an activity code or choose one from the list.</source>
        <extracomment>%1 is what was scanned, e.g. &quot;a worker badge&quot;</extracomment>
        <translation>スキャンしたのは%1です。ここでは作業コードをスキャンするか、一覧から選んでください。</translation>
    </message>
    <message>
        <source>That was %1. Here, scan the item&apos;s barcode.</source>
        <extracomment>%1 is what was scanned, e.g. &quot;a worker badge&quot;</extracomment>
        <translation>スキャンしたのは%1です。ここではアイテムのバーコードをスキャンしてください。</translation>
    </message>
    <message>
        <source>That was %1. It is not used here.</source>
        <extracomment>%1 is what was scanned, e.g. &quot;a worker badge&quot;</extracomment>
        <translation>スキャンしたのは%1です。ここでは使いません。</translation>
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
    <name>wh::SessionViewModel</name>
    <message>
        <source>since %1</source>
        <extracomment>%1 is a time such as &quot;08:12&quot; (with the date when it is not today)</extracomment>
        <translation>%1から</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>作業中</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>休憩中</translation>
    </message>
    <message>
        <source>Not clocked in</source>
        <translation>未出勤</translation>
    </message>
    <message>
        <source>Worked today: %1</source>
        <extracomment>%1 is hours and minutes, e.g. &quot;3:05&quot;</extracomment>
        <translation>本日の勤務時間：%1</translation>
    </message>
    <message>
        <source>Scan your badge, or type your worker code.</source>
        <translation>入館証をスキャンするか、社員コードを入力してください。</translation>
    </message>
    <message>
        <source>Type your worker code.</source>
        <translation>社員コードを入力してください。</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>暗証番号を入力してください。</translation>
    </message>
    <message>
        <source>Signed in as %1. Your previous shift was left open; it will be closed as forgotten with your next punch, and a leader will check it.</source>
        <translation>サインインしました：%1 さん。前回の勤務に退勤打刻がありません。次の打刻で打刻漏れとして締め、リーダーが確認します。</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>サインインしました：%1 さん。</translation>
    </message>
    <message>
        <source>Unknown badge. This badge is not registered: please ask your leader. Nothing was recorded.</source>
        <translation>登録されていない入館証です。リーダーに確認してください。何も記録していません。</translation>
    </message>
    <message>
        <source>Worker code or PIN is wrong. Please try again, or ask your leader.</source>
        <translation>社員コードまたは暗証番号が違います。もう一度入力するか、リーダーに確認してください。</translation>
    </message>
    <message>
        <source>Your worker record cannot be found. Please ask your leader.</source>
        <translation>作業者の登録が見つかりません。リーダーに確認してください。</translation>
    </message>
    <message>
        <source>This worker cannot sign in: the worker record is disabled. Please ask your leader. Nothing was recorded.</source>
        <translation>この作業者はサインインできません：作業者の登録が無効になっています。リーダーに確認してください。何も記録していません。</translation>
    </message>
    <message>
        <source>The handheld cannot read its store just now. Please try again in a moment.</source>
        <translation>ハンディがストアを読み込めません。少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <extracomment>%1 says what went wrong</extracomment>
        <translation>エラーが発生しました：%1</translation>
    </message>
    <message>
        <source>MMM d</source>
        <extracomment>QDate format of a short date without the year, e.g. &quot;Nov 20&quot;</extracomment>
        <translation type="vanished">M月d日</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a short date such as &quot;Nov 20&quot;, %2 a time such as &quot;22:10&quot;</extracomment>
        <translation type="vanished">%1 %2</translation>
    </message>
</context>
<context>
    <name>wh::SettingsViewModel</name>
    <message>
        <source>This device&apos;s settings cannot be read: %1</source>
        <translation>この端末の設定を読み込めません：%1</translation>
    </message>
    <message>
        <source>Type the administrator&apos;s account name.</source>
        <translation>管理者のアカウント名を入力してください。</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>The account cannot be checked: %1</source>
        <translation>アカウントを確認できません：%1</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts with this name. Try again in %n second(s).</source>
        <translation>
            <numerusform>この名前でのサインイン失敗が多すぎます。%n 秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The name or password is wrong.</source>
        <translation>名前またはパスワードが違います。</translation>
    </message>
    <message>
        <source>%1 is not an administrator&apos;s account: only an administrator can change these settings.</source>
        <translation>%1 は管理者のアカウントではありません。この設定は管理者だけが変更できます。</translation>
    </message>
    <message numerus="yes">
        <source>Unlocked for %1. The settings lock again after %n minute(s) without a change.</source>
        <translation>
            <numerusform>ロックを解除しました（%1）。%n 分間変更がないと、再びロックされます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The administrator&apos;s settings are locked.</source>
        <translation>管理者用の設定をロックしました。</translation>
    </message>
    <message>
        <source>Only an administrator can change this: unlock with an administrator&apos;s account first.</source>
        <translation>管理者だけが変更できます。先に管理者のアカウントでロックを解除してください。</translation>
    </message>
    <message numerus="yes">
        <source>The administrator&apos;s settings locked themselves after %n minute(s) without a change: unlock them again.</source>
        <translation>
            <numerusform>%n 分間変更がなかったため、管理者用の設定が自動でロックされました。もう一度ロックを解除してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>This device is not in the store: its settings cannot be changed.</source>
        <translation>この端末はストアに登録されていないため、設定を変更できません。</translation>
    </message>
    <message>
        <source>There is no site “%1” in this store.</source>
        <translation>このストアに拠点「%1」はありません。</translation>
    </message>
    <message>
        <source>The site cannot be read: %1</source>
        <translation>拠点を読み込めません：%1</translation>
    </message>
    <message>
        <source>This device already belongs to %1 (%2).</source>
        <translation>この端末はすでに拠点 %1（%2）に所属しています。</translation>
    </message>
    <message>
        <source>The site could not be saved: %1</source>
        <translation>拠点を保存できませんでした：%1</translation>
    </message>
    <message>
        <source>This device now belongs to %1 (%2).</source>
        <translation>この端末の拠点を %1（%2）に変更しました。</translation>
    </message>
    <message>
        <source>The language must be Japanese (ja) or English (en), not “%1”.</source>
        <translation>言語は日本語（ja）か英語（en）にしてください（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>The language could not be saved: %1</source>
        <translation>言語を保存できませんでした：%1</translation>
    </message>
    <message>
        <source>The scanner prefix has “%1”, which is not a character name (write control characters as &lt;GS&gt;, &lt;CR&gt; or two hex digits like &lt;1D&gt;).</source>
        <translation>スキャナーのプレフィックスの「%1」は文字名ではありません（制御文字は &lt;GS&gt;、&lt;CR&gt;、または &lt;1D&gt; のような 16 進 2 桁で書きます）。</translation>
    </message>
    <message>
        <source>The scanner suffix has “%1”, which is not a character name (write control characters as &lt;GS&gt;, &lt;CR&gt; or two hex digits like &lt;1D&gt;).</source>
        <translation>スキャナーのサフィックスの「%1」は文字名ではありません（制御文字は &lt;GS&gt;、&lt;CR&gt;、または &lt;1D&gt; のような 16 進 2 桁で書きます）。</translation>
    </message>
    <message numerus="yes">
        <source>The scanner prefix can have at most %n character(s).</source>
        <translation>
            <numerusform>スキャナーのプレフィックスは %n 文字までです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The scanner suffix can have at most %n character(s).</source>
        <translation>
            <numerusform>スキャナーのサフィックスは %n 文字までです。</numerusform>
        </translation>
    </message>
    <message>
        <source>The scanner prefix cannot hold %1: a scanner that types its codes sends only visible characters and &lt;GS&gt; inside a scan.</source>
        <translation>スキャナーのプレフィックスに %1 は使えません。キーボード入力型のスキャナーがスキャン中に送るのは、表示できる文字と &lt;GS&gt; だけです。</translation>
    </message>
    <message>
        <source>The scanner suffix cannot hold %1: a scanner that types its codes sends only visible characters and &lt;GS&gt; inside a scan.</source>
        <translation>スキャナーのサフィックスに %1 は使えません。キーボード入力型のスキャナーがスキャン中に送るのは、表示できる文字と &lt;GS&gt; だけです。</translation>
    </message>
    <message>
        <source>The scanner prefix and suffix do not work together: %1</source>
        <translation>スキャナーのプレフィックスとサフィックスの組み合わせが正しくありません：%1</translation>
    </message>
    <message>
        <source>The scanner prefix and suffix could not be saved: %1</source>
        <translation>スキャナーのプレフィックスとサフィックスを保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Scanner prefix and suffix saved.</source>
        <translation>スキャナーのプレフィックスとサフィックスを保存しました。</translation>
    </message>
    <message>
        <source>The spec keys could not be saved: %1</source>
        <translation>ブランドの鍵を保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Type the key as ID:SECRET (or only the secret for key 1).</source>
        <translation>鍵は ID:SECRET の形で入力してください（鍵 1 はシークレットだけでも可）。</translation>
    </message>
    <message>
        <source>A spec key cannot contain line breaks or other control characters.</source>
        <translation>ブランドの鍵に改行などの制御文字は使えません。</translation>
    </message>
    <message>
        <source>This spec key cannot be used: its secret needs at least %1 bytes, and it has %2.</source>
        <translation>このブランドの鍵は使えません：シークレットは %1 バイト以上必要ですが、%2 バイトしかありません。</translation>
    </message>
    <message>
        <source>This spec key cannot be used: %1</source>
        <translation>このブランドの鍵は使えません：%1</translation>
    </message>
    <message>
        <source>There is already a spec key with the id %1: remove it first to replace it.</source>
        <translation>ID %1 のブランドの鍵はすでにあります。置き換えるには先に削除してください。</translation>
    </message>
    <message>
        <source>Spec key %1 added.</source>
        <translation>ブランドの鍵 %1 を追加しました。</translation>
    </message>
    <message>
        <source>There is no spec key with the id %1.</source>
        <translation>ID %1 のブランドの鍵はありません。</translation>
    </message>
    <message>
        <source>Spec key %1 removed.</source>
        <translation>ブランドの鍵 %1 を削除しました。</translation>
    </message>
</context>
<context>
    <name>wh::SignInDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>管理者の作成</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Create the administrator account</source>
        <translation>管理者アカウントの作成</translation>
    </message>
    <message>
        <source>Sign in to the manager viewer</source>
        <translation>マネージャー画面にサインイン</translation>
    </message>
    <message>
        <source>This store has no accounts yet. The first account is the administrator: it sees every site with its costs and creates the accounts of floor leaders and managers.</source>
        <translation>このストアにはまだアカウントがありません。最初のアカウントが管理者になります。管理者はすべての拠点とその人件費を閲覧でき、現場リーダーやマネージャーのアカウントを作成します。</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>ストア: %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>optional, e.g. the person&apos;s full name</source>
        <translation>任意（例: 本人の氏名）</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>表示名(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>パスワード（確認）(&amp;A):</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>%n 文字以上。</numerusform>
        </translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>作成してサインイン</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>アカウントを作成しています…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts with this name. Try again in %n second(s).</source>
        <translation>
            <numerusform>この名前でのサインイン失敗が多すぎます。%n 秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The name or password is wrong.</source>
        <translation>名前またはパスワードが違います。</translation>
    </message>
    <message>
        <source>The name cannot contain spaces or commas.</source>
        <translation>名前に空白やカンマは使えません。</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>パスワードは %n 文字以上にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>2 つのパスワードが一致しません。</translation>
    </message>
    <message>
        <source>Somebody has created an account in this store meanwhile. Close this window and sign in with that account.</source>
        <translation>その間に別の人がこのストアにアカウントを作成しました。このウィンドウを閉じて、そのアカウントでサインインしてください。</translation>
    </message>
</context>
<context>
    <name>wh::SiteText</name>
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
    <name>wh::TapeCandidateModel</name>
    <message>
        <source>Simulator — %1</source>
        <extracomment>A simulated tape measure in the list of tapes to choose; %1 is the protocol (&quot;Leica DISTO&quot;).</extracomment>
        <translation>シミュレーター — %1</translation>
    </message>
    <message>
        <source>Leica DISTO</source>
        <translation>Leica DISTO</translation>
    </message>
    <message>
        <source>Bosch GLM</source>
        <translation>Bosch GLM</translation>
    </message>
    <message>
        <source>ES-Tape</source>
        <translation>ES-Tape</translation>
    </message>
    <message>
        <source>Nordic UART tape</source>
        <translation>Nordic UART メジャー</translation>
    </message>
    <message>
        <source>Keyboard tape</source>
        <translation>キーボード入力型メジャー</translation>
    </message>
    <message>
        <source>%1 over Bluetooth, %2, signal %3 dBm</source>
        <extracomment>A tape found over Bluetooth: its protocol, address and signal strength.</extracomment>
        <translation>%1（Bluetooth、%2、電波 %3 dBm）</translation>
    </message>
    <message>
        <source>%1 over Bluetooth, %2</source>
        <translation>%1（Bluetooth、%2）</translation>
    </message>
    <message>
        <source>Serial port %1 (%2)</source>
        <extracomment>A tape on a serial port: the port and what the system calls it.</extracomment>
        <translation>シリアルポート %1（%2）</translation>
    </message>
    <message>
        <source>Serial port %1</source>
        <translation>シリアルポート %1</translation>
    </message>
    <message>
        <source>No real tape: the readings are made up</source>
        <translation>実機なし：測定値は模擬の値です</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>A tape measure on a serial port: &quot;Bosch GLM on ttyUSB0&quot;.</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>wh::TrendModel</name>
    <message>
        <source>Productivity</source>
        <translation>生産性</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>1個あたり人件費</translation>
    </message>
    <message>
        <source>Labor cost</source>
        <translation>人件費</translation>
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
        <source>units/h</source>
        <extracomment>Unit of productivity: units per paid hour</extracomment>
        <translation>個/h</translation>
    </message>
    <message>
        <source>yen/unit</source>
        <extracomment>Unit of the unit cost: yen per unit</extracomment>
        <translation>円/個</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>h</source>
        <extracomment>Unit of paid hours</extracomment>
        <translation>h</translation>
    </message>
    <message>
        <source>units</source>
        <translation>個</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>Units per paid hour</source>
        <translation>人時生産性</translation>
    </message>
</context>
<context>
    <name>wh::TrendsView</name>
    <message>
        <source>By day</source>
        <translation>日別</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>月別</translation>
    </message>
    <message>
        <source>Site total</source>
        <translation>拠点合計</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>集計単位</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>階層</translation>
    </message>
    <message>
        <source>Choose a period to see the trend.</source>
        <translation>推移を表示する期間を選んでください。</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>推移</translation>
    </message>
    <message>
        <source>Reading the trend…</source>
        <translation>推移を読み込んでいます…</translation>
    </message>
    <message>
        <source>Trend: reading cancelled.</source>
        <translation>推移: 読み込みを中止しました。</translation>
    </message>
    <message>
        <source>Trend read in %1 ms.</source>
        <translation>推移を %1 ミリ秒で読み込みました。</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator between site names: &quot;市川物流センター, 茨木物流センター&quot;</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>All sites side by side</source>
        <translation>全拠点の比較</translation>
    </message>
    <message>
        <source>%1 side by side</source>
        <extracomment>A comparison of some of the sites: &quot;市川物流センター, 茨木物流センター side by side&quot;</extracomment>
        <translation>%1 の比較</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A block, section or activity with its code: &quot;ピッキング (PIC-SGL-PICK)&quot;
----------
Axis title: the metric and its unit, &quot;Productivity (units/h)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 by month: %2</source>
        <extracomment>Chart title: the metric by day (month), then the level shown: &quot;Productivity by day: Picking&quot;</extracomment>
        <translation>%1（月別）: %2</translation>
    </message>
    <message>
        <source>%1 by day: %2</source>
        <translation>%1（日別）: %2</translation>
    </message>
    <message>
        <source>%1 — %2 to %3</source>
        <extracomment>Above the chart: sites, then the period</extracomment>
        <translation>%1 — %2～%3</translation>
    </message>
    <message>
        <source>No figures for %1 in this period.</source>
        <translation>この期間の %1 の実績はありません。</translation>
    </message>
    <message>
        <source>Mixed units: the units add up different activities; compare a line with itself over time rather than with another level.</source>
        <translation>異種合算: 異なる作業の処理量を合算しています。ほかの階層とではなく、同じ線の推移で比べてください。</translation>
    </message>
    <message>
        <source>A point per month: the first and last month count only the days inside the period.</source>
        <translation>月ごとの値です。最初と最後の月は期間内の日だけを集計しています。</translation>
    </message>
    <message>
        <source>Trend: %1</source>
        <extracomment>Title of the trends export: &quot;Trend: Productivity&quot;</extracomment>
        <translation>推移: %1</translation>
    </message>
    <message>
        <source>Sites: %1</source>
        <translation>拠点: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>期間: %1～%2</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>階層: %1</translation>
    </message>
    <message>
        <source>wh-manager: trends</source>
        <translation>wh-manager: 推移</translation>
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
  anomalies  生産性や単位コストがいつものパターンから外れた日にフラグを立てる
  report   拠点の期間の実績を CSV、PDF、または推移グラフの PNG に出力する</translation>
    </message>
    <message>
        <source>init, demo, info, rebuild, punch, aggregate, units add, correct, attendance import FILE, anomalies or report</source>
        <translation type="vanished">init、demo、info、rebuild、punch、aggregate、units add、correct、attendance import FILE、anomalies、report のいずれか</translation>
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
        <translation type="vanished">使い方: wh scan コマンド ...。コマンド: %1（wh scan コマンド --help）</translation>
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
    <message>
        <source>The store (an SQLite file).</source>
        <translation>ストア（SQLite ファイル）。</translation>
    </message>
    <message>
        <source>Log level on stderr: trace, debug, info, warn (default), error, off.</source>
        <translation>標準エラー出力のログレベル: trace、debug、info、warn（既定）、error、off。</translation>
    </message>
    <message>
        <source>the command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>the account&apos;s name</source>
        <translation>アカウント名</translation>
    </message>
    <message>
        <source>--log-level must be trace, debug, info, warn, error or off, not &quot;%1&quot;</source>
        <translation>--log-level は trace、debug、info、warn、error、off のいずれかです（「%1」は使えません）</translation>
    </message>
    <message>
        <source>the account&apos;s name is needed</source>
        <translation>アカウント名を指定してください</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>余分な引数「%1」があります</translation>
    </message>
    <message>
        <source>--db FILE is needed</source>
        <translation>--db FILE を指定してください</translation>
    </message>
    <message>
        <source>cannot read the password file: %1</source>
        <translation>パスワードファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>パスワード: </translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>パスワード（確認）: </translation>
    </message>
    <message>
        <source>no password was typed</source>
        <translation>パスワードが入力されていません</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>2 つのパスワードが一致しません。何も変更していません</translation>
    </message>
    <message>
        <source>no password on stdin (or give --password-file FILE)</source>
        <translation>標準入力にパスワードがありません（または --password-file FILE を指定してください）</translation>
    </message>
    <message>
        <source>leader, manager or admin.</source>
        <translation>leader、manager、admin のいずれか。</translation>
    </message>
    <message>
        <source>The sites of a leader or manager, comma-separated (S1,S2); an admin has every site.</source>
        <translation>leader または manager の拠点（カンマ区切り、例: S1,S2）。admin はすべての拠点を扱えます。</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE (default: stdin).</source>
        <translation>パスワードを FILE の 1 行目から読みます（既定: 標準入力）。</translation>
    </message>
    <message>
        <source>--role leader|manager|admin is needed</source>
        <translation>--role leader|manager|admin を指定してください</translation>
    </message>
    <message>
        <source>--role must be leader, manager or admin, not &quot;%1&quot;</source>
        <translation>--role は leader、manager、admin のいずれかです（「%1」は使えません）</translation>
    </message>
    <message>
        <source>a leader or manager needs --sites S1[,S2...]</source>
        <translation>leader と manager には --sites S1[,S2...] が必要です</translation>
    </message>
    <message>
        <source>Create an account of the manager viewer (wh-manager).</source>
        <translation>マネージャー画面（wh-manager）のアカウントを作成します。</translation>
    </message>
    <message>
        <source>The name shown in the program.</source>
        <translation>プログラムに表示する名前。</translation>
    </message>
    <message>
        <source>List the accounts of the manager viewer, tab-separated.</source>
        <translation>マネージャー画面のアカウントをタブ区切りで一覧表示します。</translation>
    </message>
    <message>
        <source>Set an account&apos;s password (it also ends the wait after failed sign-ins).</source>
        <translation>アカウントのパスワードを設定します（サインイン失敗後の待ち時間も解除します）。</translation>
    </message>
    <message>
        <source>Change an account&apos;s role and sites.</source>
        <translation>アカウントの役割と拠点を変更します。</translation>
    </message>
    <message>
        <source>Disable an account: it can no longer sign in.</source>
        <translation>アカウントを無効にします。以後サインインできなくなります。</translation>
    </message>
    <message>
        <source>Enable a disabled account again.</source>
        <translation>無効にしたアカウントを再び有効にします。</translation>
    </message>
    <message>
        <source>usage: wh account COMMAND ...; the commands: %1 (wh account COMMAND --help)</source>
        <translation type="vanished">使い方: wh account コマンド ...。コマンド: %1（wh account コマンド --help）</translation>
    </message>
    <message>
        <source>#%1 (counted)</source>
        <translation>#%1（受信順）</translation>
    </message>
    <message>
        <source>not a tape&apos;s reading (a number and an optional unit)</source>
        <translation>メジャーの測定値ではありません（数値と、必要なら単位）</translation>
    </message>
    <message>
        <source>Decode tape-measure frames pasted from a device log: one tab-separated line per frame: the frame in hex, then &quot;reading&quot;, the value in mm, settled or live, the sequence and the value as sent; or &quot;message&quot; and what it said; or &quot;rejected&quot; and why. Exit code 1 when a frame was rejected.</source>
        <translation>端末ログから貼り付けたメジャーのフレームを解読します。フレームごとにタブ区切りで 1 行: 16 進のフレーム、続いて &quot;reading&quot;・mm 単位の値・settled または live・連番・送られたままの値、または &quot;message&quot; とその内容、または &quot;rejected&quot; とその理由。拒否したフレームがあれば終了コード 1。</translation>
    </message>
    <message>
        <source>frames in hex (quote each one; single bytes make one frame together), or - to read one frame per line from stdin</source>
        <translation>16 進のフレーム（それぞれ引用符で囲む。1 バイトずつの引数はまとめて 1 フレーム）、または標準入力から 1 行 1 フレームで読む場合は -</translation>
    </message>
    <message>
        <source>The frames are text with \r \n \t \\ \xHH escapes, not hex.</source>
        <translation>フレームは 16 進ではなく、\r \n \t \\ \xHH のエスケープを使ったテキストです。</translation>
    </message>
    <message>
        <source>give one or more frames (or - to read them from stdin)</source>
        <translation>フレームを 1 つ以上指定してください（標準入力から読む場合は -）</translation>
    </message>
    <message>
        <source>a bad escape in &quot;%1&quot; (\r \n \t \\ \xHH)</source>
        <translation>「%1」のエスケープが正しくありません（\r \n \t \\ \xHH）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not hex: %2 (use --text for text frames)</source>
        <translation>「%1」は 16 進ではありません: %2（テキストのフレームには --text を使ってください）</translation>
    </message>
    <message>
        <source>%1 of %2 frames rejected</source>
        <translation>%2 フレーム中 %1 フレームを拒否しました</translation>
    </message>
    <message>
        <source>Print the frames a simulated tape of the protocol sends for each value, decoded as `wh device decode` decodes them: a &quot;# VALUE mm&quot; line, then one line per frame (a wedge tape: its keys as text).</source>
        <translation>そのプロトコルのシミュレーターのメジャーが値ごとに送るフレームを、`wh device decode` と同じ形で解読して出力します: &quot;# VALUE mm&quot; の行、続いてフレームごとに 1 行（キーボード入力型のメジャーはキー入力をテキストで）。</translation>
    </message>
    <message>
        <source>The lengths measured, in mm, comma-separated (default 523,1234.5).</source>
        <translation>測定する長さ（mm、カンマ区切り、既定 523,1234.5）。</translation>
    </message>
    <message>
        <source>Send the live frames a tape sends while it moves, too (es-tape).</source>
        <translation>メジャーが動いている間に送るリアルタイムのフレームも送ります（es-tape）。</translation>
    </message>
    <message>
        <source>no arguments besides the options</source>
        <translation>オプション以外の引数は指定できません</translation>
    </message>
    <message>
        <source>--values must be numbers of mm, not &quot;%1&quot;</source>
        <translation>--values は mm の数値です（「%1」は使えません）</translation>
    </message>
    <message>
        <source>--values needs at least one length</source>
        <translation>--values には長さを 1 つ以上指定してください</translation>
    </message>
    <message>
        <source>Print the newest frames of the device log, oldest first: time (UTC), device, protocol, kind, the frame in hex, detail.</source>
        <translation>端末ログの最新のフレームを古い順に出力します: 時刻（UTC）、端末、プロトコル、種類、16 進のフレーム、詳細。</translation>
    </message>
    <message>
        <source>Only this device&apos;s frames.</source>
        <translation>この端末のフレームだけ。</translation>
    </message>
    <message>
        <source>At most N frames (default 100).</source>
        <translation>最大 N フレーム（既定 100）。</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db FILE を指定してください</translation>
    </message>
    <message>
        <source>--limit must be a number from 1, not &quot;%1&quot;</source>
        <translation>--limit は 1 以上の数値です（「%1」は使えません）</translation>
    </message>
    <message>
        <source>error: no such store: %1</source>
        <translation>エラー: ストアがありません: %1</translation>
    </message>
    <message>
        <source>usage: wh device COMMAND ...; the commands: %1 (wh device COMMAND --help)</source>
        <translation type="vanished">使い方: wh device コマンド ...。コマンド: %1（wh device コマンド --help）</translation>
    </message>
    <message>
        <source>Measure one garment headless: check the care-label spec, take each point&apos;s reading from the tape, judge and record it, and print the NG sticker when the item fails.</source>
        <translation>画面なしで衣料品 1 点を採寸します: 洗濯ネームの仕様を確認し、各採寸箇所の値をメジャーから読み取って判定・記録し、不合格なら NG ステッカーを印刷します。</translation>
    </message>
    <message>
        <source>The care label&apos;s QR text.</source>
        <translation>洗濯ネームの QR コードの文字列。</translation>
    </message>
    <message>
        <source>A key of the brand, [ID:]SECRET (repeatable).</source>
        <translation>ブランドの鍵 [ID:]SECRET（複数指定可）。</translation>
    </message>
    <message>
        <source>A file of keys, one [ID:]SECRET a line.</source>
        <translation>鍵のファイル（1 行に 1 つの [ID:]SECRET）。</translation>
    </message>
    <message>
        <source>The tape: sim:PROTOCOL (leica-disto, bosch-glm, es-tape, nus, wedge).</source>
        <translation>メジャー: sim:PROTOCOL（leica-disto、bosch-glm、es-tape、nus、wedge）。</translation>
    </message>
    <message>
        <source>Who measures (a worker&apos;s code).</source>
        <translation>採寸する人（社員コード）。</translation>
    </message>
    <message>
        <source>The device the records are made at (default: the first handheld).</source>
        <translation>記録する端末（既定: 最初のハンディ）。</translation>
    </message>
    <message>
        <source>The activity a measured item counts for (default: the measure activity the worker is punched into).</source>
        <translation>採寸したアイテムを計上する作業（既定: 作業者が打刻中の採寸作業）。</translation>
    </message>
    <message>
        <source>Simulate these points 2.0 mm beyond their upper tolerance.</source>
        <translation>これらの採寸箇所を上限の許容差より 2.0 mm 大きい値でシミュレートします。</translation>
    </message>
    <message>
        <source>Simulate these values, in mm: CODE=MM,...</source>
        <translation>これらの値（mm）をシミュレートします: CODE=MM,...</translation>
    </message>
    <message>
        <source>The label printer for NG stickers, HOST:PORT.</source>
        <translation>NG ステッカー用のラベルプリンター（HOST:PORT）。</translation>
    </message>
    <message>
        <source>The printer&apos;s Japanese font (default E:ANMDJ.TTF).</source>
        <translation>プリンターの日本語フォント（既定 E:ANMDJ.TTF）。</translation>
    </message>
    <message>
        <source>Draw Japanese text here and send it as graphics (no printer font needed).</source>
        <translation>日本語の文字をこちらで描画し、画像として送ります（プリンターのフォントは不要）。</translation>
    </message>
    <message>
        <source>Seconds to wait for the printer to take the sticker (default 10).</source>
        <translation>プリンターがステッカーを受け取るまで待つ秒数（既定 10）。</translation>
    </message>
    <message>
        <source>Seconds to wait for each reading (default 5).</source>
        <translation>各測定値を待つ秒数（既定 5）。</translation>
    </message>
    <message>
        <source>Language of the messages and point names: ja or en.</source>
        <translation>メッセージと採寸箇所名の言語: ja または en。</translation>
    </message>
    <message>
        <source>measure takes no arguments besides its options</source>
        <translation>measure にはオプション以外の引数を指定できません</translation>
    </message>
    <message>
        <source>--db is needed</source>
        <translation>--db を指定してください</translation>
    </message>
    <message>
        <source>--%1 is needed</source>
        <translation>--%1 を指定してください</translation>
    </message>
    <message>
        <source>--key or --key-file is needed</source>
        <translation>--key か --key-file を指定してください</translation>
    </message>
    <message>
        <source>--device must be sim:PROTOCOL (a simulated tape), not &quot;%1&quot;</source>
        <translation>--device は sim:PROTOCOL（シミュレーターのメジャー）です（「%1」は使えません）</translation>
    </message>
    <message>
        <source>--device sim:%1: %2</source>
        <translation>--device sim:%1: %2</translation>
    </message>
    <message>
        <source>--values takes CODE=MM pairs, not &quot;%1&quot;</source>
        <translation>--values には CODE=MM の組を指定してください（「%1」は使えません）</translation>
    </message>
    <message>
        <source>--printer must be HOST:PORT, not &quot;%1&quot;</source>
        <translation>--printer は HOST:PORT です（「%1」は使えません）</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds, not &quot;%2&quot;</source>
        <translation>--%1 は秒数です（「%2」は使えません）</translation>
    </message>
    <message>
        <source>the care label is refused: %1</source>
        <translation>洗濯ネームを受け付けられません: %1</translation>
    </message>
    <message>
        <source>--fail-points: the spec has no point %1</source>
        <translation>--fail-points: 仕様に採寸箇所 %1 はありません</translation>
    </message>
    <message>
        <source>--values: the spec has no point %1</source>
        <translation>--values: 仕様に採寸箇所 %1 はありません</translation>
    </message>
    <message>
        <source>the store has no handheld device to record at; name one with --station</source>
        <translation>ストアに記録先のハンディ端末がありません。--station で指定してください</translation>
    </message>
    <message>
        <source>unknown worker %1</source>
        <translation>作業者 %1 は登録されていません</translation>
    </message>
    <message>
        <source>the item will not count as a unit: %1</source>
        <translation>このアイテムは処理量に計上されません: %1</translation>
    </message>
    <message>
        <source>Log level on stderr: trace (raw registers), debug, info, warn, error (default), off.</source>
        <translation>標準エラー出力のログレベル: trace（レジスターの生データ）、debug、info、warn、error（既定）、off。</translation>
    </message>
    <message>
        <source>Poll the registers of a Modbus register map and print one tab-separated line per register and round: round, register, kind, value, raw value, registers as read, and with --db what the read booked. Counters&apos; moves become units events with --db; gauges are only printed.</source>
        <translation>Modbus のレジスターマップのレジスターをポーリングし、レジスター・巡回ごとにタブ区切りで 1 行出力します: 巡回、レジスター、種類、値、生の値、読み取ったレジスター、--db 指定時はその読み取りで記録した内容。--db 指定時はカウンターの増加が処理量のイベントになります。ゲージは出力するだけです。</translation>
    </message>
    <message>
        <source>The register map (JSON).</source>
        <translation>レジスターマップ（JSON）。</translation>
    </message>
    <message>
        <source>Record the counters&apos; units in this store.</source>
        <translation>カウンターの処理量をこのストアに記録します。</translation>
    </message>
    <message>
        <source>With --db: the device whose event log records the units (default: the manager station of the first counter&apos;s site).</source>
        <translation>--db と併用: 処理量をイベントログに記録する端末（既定: 最初のカウンターの拠点の管理端末）。</translation>
    </message>
    <message>
        <source>Stop after N rounds (a failed connection attempt counts as one); default: poll until stopped.</source>
        <translation>N 回巡回したら終了します（接続の失敗も 1 回と数えます）。既定: 止めるまでポーリングを続けます。</translation>
    </message>
    <message>
        <source>--config FILE is needed: the register map</source>
        <translation>--config FILE（レジスターマップ）を指定してください</translation>
    </message>
    <message>
        <source>--count must be a whole number above zero, not &quot;%1&quot;</source>
        <translation>--count は 1 以上の整数です（「%1」は使えません）</translation>
    </message>
    <message>
        <source>--device is for --db</source>
        <translation>--device は --db と一緒に使います</translation>
    </message>
    <message>
        <source>site %1 has no device to record the counters at; name one with --device</source>
        <translation>拠点 %1 にカウンターを記録する端末がありません。--device で指定してください</translation>
    </message>
    <message>
        <source>%1 round(s), %2 reading(s), %3 error(s)</source>
        <translation>巡回 %1 回、読み取り %2 件、エラー %3 件</translation>
    </message>
    <message>
        <source>; %1 unit(s) recorded in %2 event(s) at %3</source>
        <translation>、処理量 %1 を %2 件のイベントで %3 に記録</translation>
    </message>
    <message>
        <source>Run the Modbus TCP simulator on 127.0.0.1: a conveyor&apos;s counters (32-bit &quot;outfeed&quot;, 16-bit &quot;infeed&quot; that wraps) and gauges (&quot;weight&quot;, &quot;belt_temp&quot;). Prints &quot;listening HOST:PORT&quot;, then a register map for it, and serves until stopped.</source>
        <translation>127.0.0.1 で Modbus TCP シミュレーターを動かします: コンベヤーのカウンター（32 ビットの &quot;outfeed&quot;、一周して戻る 16 ビットの &quot;infeed&quot;）とゲージ（&quot;weight&quot;、&quot;belt_temp&quot;）。&quot;listening HOST:PORT&quot; とそのレジスターマップを出力し、止めるまで応答を続けます。</translation>
    </message>
    <message>
        <source>The TCP port (default: a free one).</source>
        <translation>TCP ポート（既定: 空いているポート）。</translation>
    </message>
    <message>
        <source>Counters advance every N ms (default 250).</source>
        <translation>カウンターを N ミリ秒ごとに進めます（既定 250）。</translation>
    </message>
    <message>
        <source>Stop after S seconds (default: run until stopped).</source>
        <translation>S 秒後に終了します（既定: 止めるまで動かす）。</translation>
    </message>
    <message>
        <source>The site in the printed register map (default S1).</source>
        <translation>出力するレジスターマップの拠点（既定 S1）。</translation>
    </message>
    <message>
        <source>The activity in the printed register map (default PIC-SGL-PICK).</source>
        <translation>出力するレジスターマップの作業（既定 PIC-SGL-PICK）。</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &quot;%1&quot;</source>
        <translation>--port は 0～65535 の数値です（「%1」は使えません）</translation>
    </message>
    <message>
        <source>--tick-ms must be a number from 10 to 3600000, not &quot;%1&quot;</source>
        <translation>--tick-ms は 10～3600000 の数値です（「%1」は使えません）</translation>
    </message>
    <message>
        <source>--seconds must be a whole number above zero, not &quot;%1&quot;</source>
        <translation>--seconds は 1 以上の整数です（「%1」は使えません）</translation>
    </message>
    <message>
        <source>usage: wh modbus COMMAND ...; the commands: %1 (wh modbus COMMAND --help)</source>
        <translation type="vanished">使い方: wh modbus コマンド ...。コマンド: %1（wh modbus コマンド --help）</translation>
    </message>
    <message>
        <source>Log level on stderr: trace, debug, info, warn, error or off (default error; trace shows the bytes to and from the printer).</source>
        <translation>標準エラー出力のログレベル: trace、debug、info、warn、error、off（既定 error。trace ではプリンターとの送受信バイトを表示）。</translation>
    </message>
    <message>
        <source>unknown --log-level &quot;%1&quot;</source>
        <translation>不明な --log-level「%1」です</translation>
    </message>
    <message>
        <source>the labels cannot be drawn: %1</source>
        <translation>ラベルを描画できません: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <source>%1: %2 x %3 dots, copies: %4</source>
        <translation>%1: %2 x %3 ドット、枚数: %4</translation>
    </message>
    <message>
        <source>Ask a ZPL label printer for its state (~HS over TCP) and say whether it can print, and if not, what to do. Exit code 0 when it is ready, 1 when it is not or cannot be reached.</source>
        <translation>ZPL ラベルプリンターに状態を問い合わせ（TCP で ~HS）、印刷できるかどうか、できなければどうすればよいかを表示します。準備ができていれば終了コード 0、できていないか接続できなければ 1。</translation>
    </message>
    <message>
        <source>the printer (port 9100 by default)</source>
        <translation>プリンター（既定のポートは 9100）</translation>
    </message>
    <message>
        <source>Seconds to wait for the printer (default 5).</source>
        <translation>プリンターを待つ秒数（既定 5）。</translation>
    </message>
    <message>
        <source>give the printer as HOST or HOST:PORT</source>
        <translation>プリンターを HOST または HOST:PORT で指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not HOST or HOST:PORT</source>
        <translation>「%1」は HOST でも HOST:PORT でもありません</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds, not &quot;%1&quot;</source>
        <translation>--timeout は秒数です（「%1」は使えません）</translation>
    </message>
    <message>
        <source>%1: ready to print</source>
        <translation>%1: 印刷できます</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n label(s) in the printer&apos;s memory</source>
        <translation>
            <numerusform>%1: プリンターのメモリーにラベル %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>Print ZPL files on a label printer. The printer is asked for its state first and nothing is sent while it reports a problem (paper out, head open, ...); the files wait and go out, in order, as soon as it is ready. With --db they wait in the store&apos;s print spool, also after this command ends: run it again (without files) to send what waits. Exit code 0 when everything was printed.</source>
        <translation>ZPL ファイルをラベルプリンターで印刷します。先にプリンターの状態を問い合わせ、問題（用紙切れ、ヘッドオープンなど）を報告している間は何も送りません。ファイルは待機し、準備ができ次第順番に送ります。--db を付けると、このコマンドの終了後もストアの印刷スプールで待機します。待機中のものを送るには（ファイルなしで）もう一度実行してください。すべて印刷できれば終了コード 0。</translation>
    </message>
    <message>
        <source>ZPL files</source>
        <translation>ZPL ファイル</translation>
    </message>
    <message>
        <source>Keep the jobs in this store&apos;s print spool.</source>
        <translation>ジョブをこのストアの印刷スプールに保存します。</translation>
    </message>
    <message>
        <source>The job&apos;s key (one file): a key already in the spool is not printed again.</source>
        <translation>ジョブのキー（ファイル 1 つの場合）: スプールにすでにあるキーは再印刷しません。</translation>
    </message>
    <message>
        <source>Seconds to wait for the printer (default 30).</source>
        <translation>プリンターを待つ秒数（既定 30）。</translation>
    </message>
    <message>
        <source>Do not ask the printer for its state (~HS): for printers that do not answer it.</source>
        <translation>プリンターに状態（~HS）を問い合わせません。これに応答しないプリンター用。</translation>
    </message>
    <message>
        <source>give ZPL files to print (or --db to send what waits in its spool)</source>
        <translation>印刷する ZPL ファイルを指定してください（スプールで待機中のものを送るには --db）</translation>
    </message>
    <message>
        <source>--key names one file&apos;s job</source>
        <translation>--key はファイル 1 つのジョブに付けるものです</translation>
    </message>
    <message>
        <source>--wait must be a number of seconds, not &quot;%1&quot;</source>
        <translation>--wait は秒数です（「%1」は使えません）</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 holds no ZPL label (^XA ... ^XZ)</source>
        <translation>%1 に ZPL のラベル（^XA ... ^XZ）がありません</translation>
    </message>
    <message>
        <source>%1 cannot be spooled: %2</source>
        <translation>%1 をスプールに入れられません: %2</translation>
    </message>
    <message>
        <source>%1: the job &quot;%2&quot; is in the spool already; it is not printed again</source>
        <translation>%1: ジョブ「%2」はすでにスプールにあるため、再印刷しません</translation>
    </message>
    <message>
        <source>printed: %1</source>
        <translation>印刷しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) not printed yet: they wait in the print spool of %1 and go out with the next `wh printer send %2 --db %1`</source>
        <translation>
            <numerusform>%n 枚のラベルはまだ印刷されていません。%1 の印刷スプールで待機し、次の `wh printer send %2 --db %1` で送られます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) not printed: the printer was not ready within %1 seconds</source>
        <translation>
            <numerusform>%n 枚のラベルを印刷できませんでした: プリンターが %1 秒以内に準備できませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>Run a ZPL label printer simulator on this computer: it takes jobs on a TCP port as a Zebra printer does and answers ~HS with its state. Type a state and Enter while it runs to change it: ready, paper-out, paused, head-open, ribbon-out, stopped (the port closes: connections are refused), quit. One line per job on stdout.</source>
        <translation>このコンピューターで ZPL ラベルプリンターのシミュレーターを動かします。Zebra プリンターと同じように TCP ポートでジョブを受け取り、~HS に状態を返します。実行中に状態を入力して Enter を押すと変わります: ready、paper-out、paused、head-open、ribbon-out、stopped（ポートを閉じ、接続を拒否）、quit。ジョブごとに標準出力に 1 行。</translation>
    </message>
    <message>
        <source>TCP port (default 9100; 0: any free port).</source>
        <translation>TCP ポート（既定 9100。0 なら空いているポート）。</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>待ち受けるアドレス（既定 127.0.0.1）。</translation>
    </message>
    <message>
        <source>The state to start in (default ready).</source>
        <translation>開始時の状態（既定 ready）。</translation>
    </message>
    <message>
        <source>Write each job to this folder as job-0001.zpl and its picture job-0001.png.</source>
        <translation>各ジョブをこのフォルダーに job-0001.zpl、その画像を job-0001.png として書き出します。</translation>
    </message>
    <message>
        <source>Stop after N jobs.</source>
        <translation>N 件のジョブで終了します。</translation>
    </message>
    <message>
        <source>Do not answer ~HS.</source>
        <translation>~HS に応答しません。</translation>
    </message>
    <message>
        <source>simulate takes no arguments besides its options</source>
        <translation>simulate にはオプション以外の引数を指定できません</translation>
    </message>
    <message>
        <source>--state must be ready, paper-out, paused, head-open, ribbon-out or stopped, not &quot;%1&quot;</source>
        <translation>--state は ready、paper-out、paused、head-open、ribbon-out、stopped のいずれかです（「%1」は使えません）</translation>
    </message>
    <message>
        <source>--port must be a TCP port number, not &quot;%1&quot;</source>
        <translation>--port は TCP のポート番号です（「%1」は使えません）</translation>
    </message>
    <message>
        <source>--listen must be an IP address, not &quot;%1&quot;</source>
        <translation>--listen は IP アドレスです（「%1」は使えません）</translation>
    </message>
    <message>
        <source>--count must be a positive number, not &quot;%1&quot;</source>
        <translation>--count は正の数です（「%1」は使えません）</translation>
    </message>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>printer simulator on %1:%2, %3</source>
        <translation>プリンターシミュレーター %1:%2、%3</translation>
    </message>
    <message>
        <source>job %1: %2 bytes (%3)</source>
        <translation>ジョブ %1: %2 バイト（%3）</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;: ready, paper-out, paused, head-open, ribbon-out, stopped, quit</source>
        <translation>不明な状態「%1」です: ready、paper-out、paused、head-open、ribbon-out、stopped、quit</translation>
    </message>
    <message>
        <source>printer: %1</source>
        <translation>プリンター: %1</translation>
    </message>
    <message>
        <source>Draw the labels of a ZPL file as PNG pictures, one pixel per printer dot (OUT.png, then OUT-2.png ... for more labels). Printer fonts are drawn with fonts of this computer, so the picture shows the layout, not the printer&apos;s exact letters. What cannot be drawn is listed on stderr.</source>
        <translation>ZPL ファイルのラベルを、プリンターの 1 ドットを 1 画素として PNG 画像に描画します（OUT.png、ラベルが複数なら OUT-2.png ...）。プリンターのフォントはこのコンピューターのフォントで描くため、画像はレイアウトを示すもので、プリンターの文字そのものではありません。描画できないものは標準エラー出力に一覧表示します。</translation>
    </message>
    <message>
        <source>a ZPL file</source>
        <translation>ZPL ファイル</translation>
    </message>
    <message>
        <source>The picture to write.</source>
        <translation>書き出す画像。</translation>
    </message>
    <message>
        <source>give one ZPL file</source>
        <translation>ZPL ファイルを 1 つ指定してください</translation>
    </message>
    <message>
        <source>--png OUT.png is needed</source>
        <translation>--png OUT.png を指定してください</translation>
    </message>
    <message>
        <source>Make the NG sticker of a sample item (three points out of tolerance, Japanese point names), to try a printer or its settings: --zpl writes the label, --png its picture; without either the ZPL goes to stdout. Japanese text uses a font on the printer (--printer-font) unless --host-text draws it here and sends it as graphics.</source>
        <translation>プリンターや設定を試すため、サンプルのアイテム（3 箇所が許容差外、採寸箇所名は日本語）の NG ステッカーを作ります: --zpl でラベルを、--png でその画像を書き出します。どちらもなければ ZPL を標準出力に出します。日本語の文字はプリンターのフォント（--printer-font）を使います。--host-text を付けるとこちらで描画して画像として送ります。</translation>
    </message>
    <message>
        <source>Write the ZPL to this file.</source>
        <translation>ZPL をこのファイルに書き出します。</translation>
    </message>
    <message>
        <source>Write the picture to this file.</source>
        <translation>画像をこのファイルに書き出します。</translation>
    </message>
    <message>
        <source>Draw Japanese text here and send it as graphics (for printers without a Japanese font).</source>
        <translation>日本語の文字をこちらで描画し、画像として送ります（日本語フォントのないプリンター用）。</translation>
    </message>
    <message>
        <source>The printer&apos;s Japanese font, drive and file (default %1).</source>
        <translation>プリンターの日本語フォント（ドライブとファイル、既定 %1）。</translation>
    </message>
    <message>
        <source>sample takes no arguments besides its options</source>
        <translation>sample にはオプション以外の引数を指定できません</translation>
    </message>
    <message>
        <source>%1: %2 bytes of ZPL</source>
        <translation>%1: ZPL %2 バイト</translation>
    </message>
    <message>
        <source>usage: wh printer COMMAND ...; the commands: %1 (wh printer COMMAND --help)</source>
        <translation type="vanished">使い方: wh printer コマンド ...。コマンド: %1（wh printer コマンド --help）</translation>
    </message>
    <message>
        <source>Language of the messages and names: ja or en.</source>
        <translation>メッセージと名称の言語: ja または en。</translation>
    </message>
    <message>
        <source>Encode a measurement spec (JSON, lengths in mm) as the signed text of a care-label QR code and print it; --zpl prints a care label in ZPL instead, --png writes the QR code as an image.

The JSON (lot and due optional; tolerance_mm for both sides, or lower_mm and upper_mm):
  {&quot;item&quot;: &quot;ITEM-000123&quot;, &quot;style&quot;: &quot;ST24-001&quot;, &quot;size&quot;: &quot;M&quot;, &quot;lot&quot;: &quot;L7&quot;,
   &quot;due&quot;: &quot;2025-06-30&quot;, &quot;points&quot;: [
    {&quot;code&quot;: &quot;BL&quot;, &quot;target_mm&quot;: 720.0, &quot;lower_mm&quot;: 1.0, &quot;upper_mm&quot;: 1.5},
    {&quot;code&quot;: &quot;CW&quot;, &quot;target_mm&quot;: 540, &quot;tolerance_mm&quot;: 1}]}</source>
        <translation>採寸仕様（JSON、長さは mm）を洗濯ネームの QR コード用の署名付きテキストにして出力します。--zpl を付けると代わりに洗濯ネームの ZPL を出力し、--png で QR コードを画像に書き出します。

JSON（lot と due は任意。tolerance_mm は上下共通、または lower_mm と upper_mm）:
  {&quot;item&quot;: &quot;ITEM-000123&quot;, &quot;style&quot;: &quot;ST24-001&quot;, &quot;size&quot;: &quot;M&quot;, &quot;lot&quot;: &quot;L7&quot;,
   &quot;due&quot;: &quot;2025-06-30&quot;, &quot;points&quot;: [
    {&quot;code&quot;: &quot;BL&quot;, &quot;target_mm&quot;: 720.0, &quot;lower_mm&quot;: 1.0, &quot;upper_mm&quot;: 1.5},
    {&quot;code&quot;: &quot;CW&quot;, &quot;target_mm&quot;: 540, &quot;tolerance_mm&quot;: 1}]}</translation>
    </message>
    <message>
        <source>The spec as JSON (see wh spec --help).</source>
        <translation>JSON の仕様（wh spec --help を参照）。</translation>
    </message>
    <message>
        <source>The brand&apos;s key, [ID:]SECRET (16 bytes or more).</source>
        <translation>ブランドの鍵 [ID:]SECRET（16 バイト以上）。</translation>
    </message>
    <message>
        <source>A file holding the key, [ID:]SECRET.</source>
        <translation>鍵 [ID:]SECRET を入れたファイル。</translation>
    </message>
    <message>
        <source>Write the QR code (level M) to this PNG file.</source>
        <translation>QR コード（レベル M）をこの PNG ファイルに書き出します。</translation>
    </message>
    <message>
        <source>Print the ZPL of a care label instead of the text.</source>
        <translation>テキストの代わりに洗濯ネームの ZPL を出力します。</translation>
    </message>
    <message>
        <source>Size of a QR module: pixels in the PNG (default 8), dots on the label (default 4).</source>
        <translation>QR のモジュールの大きさ: PNG では画素数（既定 8）、ラベルではドット数（既定 4）。</translation>
    </message>
    <message>
        <source>A font on the printer for the label&apos;s text (e.g. E:ANMDJ.TTF, for Japanese); default font 0.</source>
        <translation>ラベルの文字に使うプリンターのフォント（例: 日本語なら E:ANMDJ.TTF）。既定はフォント 0。</translation>
    </message>
    <message>
        <source>encode takes no arguments besides its options</source>
        <translation>encode にはオプション以外の引数を指定できません</translation>
    </message>
    <message>
        <source>--json FILE is needed</source>
        <translation>--json FILE を指定してください</translation>
    </message>
    <message>
        <source>give one key: --key [ID:]SECRET or --key-file FILE</source>
        <translation>鍵を 1 つ指定してください: --key [ID:]SECRET または --key-file FILE</translation>
    </message>
    <message>
        <source>--module must be a number from 1 to 10, not &quot;%1&quot;</source>
        <translation>--module は 1～10 の数値です（「%1」は使えません）</translation>
    </message>
    <message>
        <source>the key file must hold exactly one key to sign with</source>
        <translation>鍵ファイルには署名に使う鍵をちょうど 1 つ入れてください</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 (at byte %3)</source>
        <translation>%1 は JSON ではありません: %2（%3 バイト目）</translation>
    </message>
    <message>
        <source>%1: the spec must be a JSON object</source>
        <translation>%1: 仕様は JSON オブジェクトにしてください</translation>
    </message>
    <message>
        <source>the label&apos;s text has characters the printer&apos;s font 0 cannot print; name a printer font with --printer-font (the QR code is not affected)</source>
        <translation>ラベルの文字にプリンターのフォント 0 で印刷できない文字があります。--printer-font でプリンターのフォントを指定してください（QR コードには影響しません）</translation>
    </message>
    <message>
        <source>Check and show the measurement spec of a care-label QR code: item, style, size, lot, due date and the points with their names, targets and tolerances. Exit code 1 when the label is refused (altered, another brand&apos;s key, an unknown version, cut off, a field missing or malformed).</source>
        <translation>洗濯ネームの QR コードの採寸仕様を確認して表示します: アイテム、品番、サイズ、ロット、納期、採寸箇所（名称・基準値・許容差）。ラベルを受け付けない場合（改ざん、他ブランドの鍵、不明なバージョン、途中で切れている、項目の欠落や形式の誤り）は終了コード 1。</translation>
    </message>
    <message>
        <source>the label&apos;s text (quote it), or - to read a line</source>
        <translation>ラベルの文字列（引用符で囲む）、または 1 行読む場合は -</translation>
    </message>
    <message>
        <source>A key of the brand, [ID:]SECRET; repeat it for several key ids.</source>
        <translation>ブランドの鍵 [ID:]SECRET。複数の鍵 ID には繰り返し指定します。</translation>
    </message>
    <message>
        <source>usage: wh spec COMMAND ...; the commands: %1 (wh spec COMMAND --help)</source>
        <translation type="vanished">使い方: wh spec コマンド ...。コマンド: %1（wh spec コマンド --help）</translation>
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
  report   a site&apos;s figures over a period as CSV, PDF or a PNG trend chart
  account  manager viewer accounts: add, list, passwd, disable (wh account --help)
  scan     decode barcode images, read GS1 element strings (wh scan --help)
  spec     encode or decode a care label&apos;s measurement spec (wh spec --help)
  measure  measure one garment headless with a simulated tape (wh measure --help)
  device   decode or simulate tape-measure frames, read the device log (wh device --help)
  printer  label printers: status, preview, spool, simulator (wh printer --help)
  modbus   poll Modbus counters and gauges (wh modbus --help)</source>
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
  report   拠点の期間の実績を CSV、PDF、または推移グラフの PNG に出力する
  account  マネージャー画面のアカウント: add、list、passwd、disable（wh account --help）
  scan     バーコード画像を読み取る、GS1 エレメント文字列を読む（wh scan --help）
  spec     洗濯ネームの採寸仕様を作成・解読する（wh spec --help）
  measure  シミュレーターのメジャーで衣料品 1 点を画面なしで採寸する（wh measure --help）
  device   メジャーのフレームを解読・シミュレートする、端末ログを読む（wh device --help）
  printer  ラベルプリンター: 状態、プレビュー、スプール、シミュレーター（wh printer --help）
  modbus   Modbus のカウンターとゲージをポーリングする（wh modbus --help）</translation>
    </message>
    <message>
        <source>init, demo, info, rebuild, punch, aggregate, units add, correct, attendance import FILE, anomalies, report, account, scan, spec, measure, device, printer or modbus</source>
        <translation>init、demo、info、rebuild、punch、aggregate、units add、correct、attendance import FILE、anomalies、report、account、scan、spec、measure、device、printer、modbus のいずれか</translation>
    </message>
    <message>
        <source>usage: wh %1 COMMAND ...; the commands: %2 (wh %1 COMMAND --help)</source>
        <translation>使い方: wh %1 コマンド ...。コマンド: %2（wh %1 コマンド --help）</translation>
    </message>
    <message>
        <source>The tape&apos;s protocol: leica-disto, bosch-glm, es-tape, nus or wedge.</source>
        <translation>メジャーのプロトコル: leica-disto、bosch-glm、es-tape、nus、wedge。</translation>
    </message>
    <message>
        <source>leica-disto: the distance float is in metres (default) or in the display unit (&quot;display&quot;).</source>
        <translation>leica-disto: 距離の浮動小数点値の単位はメートル（既定）または表示単位（&quot;display&quot;）。</translation>
    </message>
    <message>
        <source>es-tape: millimetres in one step of the four digits (default 1; 0.1 reads them as hundredths of a centimetre).</source>
        <translation>es-tape: 4 桁の数字の 1 目盛りが何 mm か（既定 1。0.1 なら 1/100 cm として読む）。</translation>
    </message>
    <message>
        <source>nus, wedge: the unit of a number sent without one (default mm).</source>
        <translation>nus、wedge: 単位なしで送られた数値の単位（既定 mm）。</translation>
    </message>
    <message>
        <source>--protocol is required (leica-disto, bosch-glm, es-tape, nus or wedge)</source>
        <translation>--protocol を指定してください（leica-disto、bosch-glm、es-tape、nus、wedge）</translation>
    </message>
    <message>
        <source>unknown --protocol &quot;%1&quot; (leica-disto, bosch-glm, es-tape, nus or wedge)</source>
        <translation>不明な --protocol「%1」です（leica-disto、bosch-glm、es-tape、nus、wedge）</translation>
    </message>
    <message>
        <source>--leica-unit must be metres or display, not &quot;%1&quot;</source>
        <translation>--leica-unit は metres か display です（「%1」は使えません）</translation>
    </message>
    <message>
        <source>--es-tape-step must be a number of millimetres above 0, not &quot;%1&quot;</source>
        <translation>--es-tape-step は 0 より大きい mm の数値です（「%1」は使えません）</translation>
    </message>
    <message>
        <source>--unit must be mm, cm, m, in or ft, not &quot;%1&quot;</source>
        <translation>--unit は mm、cm、m、in、ft のいずれかです（「%1」は使えません）</translation>
    </message>
    <message>
        <source>tape: %1</source>
        <translation>メジャー: %1</translation>
    </message>
    <message>
        <source>the tape cannot send %1 mm for %2: %3</source>
        <translation>メジャーから %2 の %1 mm を送れません: %3</translation>
    </message>
    <message>
        <source>the device log cannot be written: %1</source>
        <translation>端末ログに書き込めません: %1</translation>
    </message>
    <message>
        <source>frame rejected: %1 (%2)</source>
        <translation>フレームを拒否しました: %1（%2）</translation>
    </message>
    <message>
        <source>a reading while no point is active was ignored: %1</source>
        <translation>採寸中の箇所がないときの測定値を無視しました: %1</translation>
    </message>
    <message>
        <source>reading for %1 refused: %2 (%3)</source>
        <translation>%1 の測定値を受け付けませんでした: %2（%3）</translation>
    </message>
    <message>
        <source>the measurement of %1 could not be recorded: %2</source>
        <translation>%1 の採寸結果を記録できませんでした: %2</translation>
    </message>
    <message>
        <source>no reading for %1 from %2 within %3 s; the values before it are recorded</source>
        <translation>%2 から %3 秒以内に %1 の測定値が届きませんでした。それまでの値は記録済みです</translation>
    </message>
    <message>
        <source>the NG sticker cannot be made: %1</source>
        <translation>NG ステッカーを作成できません: %1</translation>
    </message>
    <message>
        <source>the NG sticker cannot be spooled: %1</source>
        <translation>NG ステッカーをスプールに入れられません: %1</translation>
    </message>
    <message>
        <source>the NG sticker is not printed yet: it waits in the store&apos;s print spool and goes out with `wh printer send %1 --db %2` or the next measurement sent to that printer</source>
        <translation>NG ステッカーはまだ印刷されていません。ストアの印刷スプールで待機し、`wh printer send %1 --db %2` またはそのプリンターへの次の採寸結果と一緒に送られます</translation>
    </message>
    <message>
        <source>Label width in millimetres (default 100).</source>
        <translation>ラベルの幅（mm、既定 100）。</translation>
    </message>
    <message>
        <source>Label height in millimetres (default 70).</source>
        <translation>ラベルの高さ（mm、既定 70）。</translation>
    </message>
    <message>
        <source>Printer resolution: 203, 300 or 600 (default 203).</source>
        <translation>プリンターの解像度: 203、300、600（既定 203）。</translation>
    </message>
    <message>
        <source>--width-mm and --height-mm must be label sizes from 10 mm, not &quot;%1&quot; x &quot;%2&quot;</source>
        <translation>--width-mm と --height-mm は 10 mm 以上のラベルの大きさです（「%1」x「%2」は使えません）</translation>
    </message>
    <message>
        <source>--dpi must be 203, 300 or 600, not &quot;%1&quot;</source>
        <translation>--dpi は 203、300、600 のいずれかです（「%1」は使えません）</translation>
    </message>
    <message>
        <source>Print the demo brand&apos;s care labels (signed with the demo key DEMO that `wh demo` gives the handhelds), one line each: item, then the label&apos;s text. With --png DIR, also their QR codes as DIR/ITEM.png.</source>
        <translation>デモブランドの洗濯ネーム（`wh demo` がハンディに設定するデモ用の鍵 DEMO で署名）を 1 行に 1 枚ずつ出力します: アイテム、続いてラベルの文字列。--png DIR を付けると、QR コードも DIR/ITEM.png に書き出します。</translation>
    </message>
    <message>
        <source>Write each label&apos;s QR code into this folder.</source>
        <translation>各ラベルの QR コードをこのフォルダーに書き出します。</translation>
    </message>
    <message>
        <source>demo takes no arguments besides its options</source>
        <translation>demo にはオプション以外の引数を指定できません</translation>
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
    <name>wh::cli::LabelOptions</name>
    <message>
        <source>Label width in millimetres (default 100).</source>
        <translation type="vanished">ラベルの幅（mm、既定 100）。</translation>
    </message>
    <message>
        <source>Label height in millimetres (default 70).</source>
        <translation type="vanished">ラベルの高さ（mm、既定 70）。</translation>
    </message>
    <message>
        <source>Printer resolution: 203, 300 or 600 (default 203).</source>
        <translation type="vanished">プリンターの解像度: 203、300、600（既定 203）。</translation>
    </message>
    <message>
        <source>--width-mm and --height-mm must be label sizes from 10 mm, not &quot;%1&quot; x &quot;%2&quot;</source>
        <translation type="vanished">--width-mm と --height-mm は 10 mm 以上のラベルの大きさです（「%1」x「%2」は使えません）</translation>
    </message>
    <message>
        <source>--dpi must be 203, 300 or 600, not &quot;%1&quot;</source>
        <translation type="vanished">--dpi は 203、300、600 のいずれかです（「%1」は使えません）</translation>
    </message>
</context>
<context>
    <name>wh::cli::MeasureRun</name>
    <message>
        <source>tape: %1</source>
        <translation type="vanished">メジャー: %1</translation>
    </message>
    <message>
        <source>the tape cannot send %1 mm for %2: %3</source>
        <translation type="vanished">メジャーから %2 の %1 mm を送れません: %3</translation>
    </message>
    <message>
        <source>the device log cannot be written: %1</source>
        <translation type="vanished">端末ログに書き込めません: %1</translation>
    </message>
    <message>
        <source>frame rejected: %1 (%2)</source>
        <translation type="vanished">フレームを拒否しました: %1（%2）</translation>
    </message>
    <message>
        <source>a reading while no point is active was ignored: %1</source>
        <translation type="vanished">採寸中の箇所がないときの測定値を無視しました: %1</translation>
    </message>
    <message>
        <source>reading for %1 refused: %2 (%3)</source>
        <translation type="vanished">%1 の測定値を受け付けませんでした: %2（%3）</translation>
    </message>
    <message>
        <source>the measurement of %1 could not be recorded: %2</source>
        <translation type="vanished">%1 の採寸結果を記録できませんでした: %2</translation>
    </message>
    <message>
        <source>no reading for %1 from %2 within %3 s; the values before it are recorded</source>
        <translation type="vanished">%2 から %3 秒以内に %1 の測定値が届きませんでした。それまでの値は記録済みです</translation>
    </message>
    <message>
        <source>the NG sticker cannot be made: %1</source>
        <translation type="vanished">NG ステッカーを作成できません: %1</translation>
    </message>
    <message>
        <source>printer: %1</source>
        <translation type="vanished">プリンター: %1</translation>
    </message>
    <message>
        <source>the NG sticker cannot be spooled: %1</source>
        <translation type="vanished">NG ステッカーをスプールに入れられません: %1</translation>
    </message>
    <message>
        <source>the NG sticker is not printed yet: it waits in the store&apos;s print spool and goes out with `wh printer send %1 --db %2` or the next measurement sent to that printer</source>
        <translation type="vanished">NG ステッカーはまだ印刷されていません。ストアの印刷スプールで待機し、`wh printer send %1 --db %2` またはそのプリンターへの次の採寸結果と一緒に送られます</translation>
    </message>
</context>
<context>
    <name>wh::cli::SharedOptions</name>
    <message>
        <source>The tape&apos;s protocol: leica-disto, bosch-glm, es-tape, nus or wedge.</source>
        <translation type="vanished">メジャーのプロトコル: leica-disto、bosch-glm、es-tape、nus、wedge。</translation>
    </message>
    <message>
        <source>leica-disto: the distance float is in metres (default) or in the display unit (&quot;display&quot;).</source>
        <translation type="vanished">leica-disto: 距離の浮動小数点値の単位はメートル（既定）または表示単位（&quot;display&quot;）。</translation>
    </message>
    <message>
        <source>es-tape: millimetres in one step of the four digits (default 1; 0.1 reads them as hundredths of a centimetre).</source>
        <translation type="vanished">es-tape: 4 桁の数字の 1 目盛りが何 mm か（既定 1。0.1 なら 1/100 cm として読む）。</translation>
    </message>
    <message>
        <source>nus, wedge: the unit of a number sent without one (default mm).</source>
        <translation type="vanished">nus、wedge: 単位なしで送られた数値の単位（既定 mm）。</translation>
    </message>
    <message>
        <source>--protocol is required (leica-disto, bosch-glm, es-tape, nus or wedge)</source>
        <translation type="vanished">--protocol を指定してください（leica-disto、bosch-glm、es-tape、nus、wedge）</translation>
    </message>
    <message>
        <source>unknown --protocol &quot;%1&quot; (leica-disto, bosch-glm, es-tape, nus or wedge)</source>
        <translation type="vanished">不明な --protocol「%1」です（leica-disto、bosch-glm、es-tape、nus、wedge）</translation>
    </message>
    <message>
        <source>--leica-unit must be metres or display, not &quot;%1&quot;</source>
        <translation type="vanished">--leica-unit は metres か display です（「%1」は使えません）</translation>
    </message>
    <message>
        <source>--es-tape-step must be a number of millimetres above 0, not &quot;%1&quot;</source>
        <translation type="vanished">--es-tape-step は 0 より大きい mm の数値です（「%1」は使えません）</translation>
    </message>
    <message>
        <source>--unit must be mm, cm, m, in or ft, not &quot;%1&quot;</source>
        <translation type="vanished">--unit は mm、cm、m、in、ft のいずれかです（「%1」は使えません）</translation>
    </message>
</context>
<context>
    <name>wh::db::AttendanceImport</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 has no punches that day; add the interval by hand</source>
        <translation>%1 はその日の打刻がありません。打刻を手作業で追加してください</translation>
    </message>
    <message>
        <source>%1 is still on shift (on since %2); import the row once the shift is over</source>
        <translation>%1 はまだ勤務中です（%2 から）。勤務が終わってからこの行を取り込んでください</translation>
    </message>
    <message>
        <source>the official times %1 do not overlap any punch of %2 (punched %3); fix by hand</source>
        <translation>正式な時刻 %1 が %2 のどの打刻とも重なりません（打刻は %3）。手作業で修正してください</translation>
    </message>
    <message>
        <source>%1: the punches %2 are a separate shift outside the official times %3; nothing changed, fix by hand</source>
        <translation>%1: 打刻 %2 は正式な時刻 %3 の外にある別の勤務です。何も変更していません。手作業で修正してください</translation>
    </message>
    <message>
        <source>attendance file not found</source>
        <translation>勤怠ファイルが見つかりません</translation>
    </message>
    <message>
        <source>cannot read the attendance file: %1</source>
        <translation>勤怠ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>the attendance import needs the name of who imports it</source>
        <translation>勤怠データの取り込みには、取り込む人の名前が必要です</translation>
    </message>
    <message>
        <source>attendance import device</source>
        <translation>勤怠データ取り込みの端末</translation>
    </message>
    <message>
        <source>no such site for the attendance file&apos;s time zone</source>
        <translation>勤怠ファイルのタイムゾーンに指定した拠点がありません</translation>
    </message>
    <message>
        <source>the site&apos;s time zone is not valid</source>
        <translation>拠点のタイムゾーンが正しくありません</translation>
    </message>
    <message>
        <source>unknown worker %1</source>
        <translation>作業者 %1 は登録されていません</translation>
    </message>
    <message>
        <source>worker %1&apos;s home site %2 does not exist</source>
        <translation>作業者 %1 の所属拠点 %2 がありません</translation>
    </message>
    <message>
        <source>%1 on %2 has punches at site %3, which this account may not correct; nothing changed that day</source>
        <translation>%1 の %2 には拠点 %3 の打刻があり、このアカウントでは修正できません。その日は何も変更していません</translation>
    </message>
    <message>
        <source>attendance line %1</source>
        <translation>勤怠ファイルの %1 行目</translation>
    </message>
    <message>
        <source>%1 on %2: correction refused, nothing changed that day: %3</source>
        <translation>%1 の %2: 修正が拒否されたため、その日は何も変更していません: %3</translation>
    </message>
</context>
<context>
    <name>wh::drivers</name>
    <message>
        <source>a %1 tape is not a Bluetooth LE device</source>
        <translation>%1 のメジャーは Bluetooth LE 機器ではありません</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Style %1</source>
        <translation>品番 %1</translation>
    </message>
    <message>
        <source>Size %1</source>
        <translation>サイズ %1</translation>
    </message>
    <message>
        <source>Lot %1</source>
        <translation>ロット %1</translation>
    </message>
    <message>
        <source>%1 of %2 points out of tolerance</source>
        <translation>%2 箇所中 %1 箇所が許容差外</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) out of tolerance</source>
        <translation>
            <numerusform>%n 箇所が許容差外</numerusform>
        </translation>
    </message>
    <message>
        <source>Point</source>
        <translation>採寸箇所</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>実測</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>基準</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>許容差</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>差</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more point(s): see the record</source>
        <translation>
            <numerusform>ほか %n 箇所: 記録を参照</numerusform>
        </translation>
    </message>
    <message>
        <source>Measured by %1</source>
        <translation>採寸者: %1</translation>
    </message>
    <message>
        <source>unit: mm</source>
        <translation>単位: mm</translation>
    </message>
    <message>
        <source>The printer is out of labels: load labels, then close the head.</source>
        <translation>プリンターのラベルが切れています。ラベルを補充してからヘッドを閉じてください。</translation>
    </message>
    <message>
        <source>The printer is paused: press PAUSE on the printer to go on printing.</source>
        <translation>プリンターが一時停止中です。印刷を続けるにはプリンターの PAUSE を押してください。</translation>
    </message>
    <message>
        <source>The print head is open: close it.</source>
        <translation>印字ヘッドが開いています。閉じてください。</translation>
    </message>
    <message>
        <source>The ribbon has run out: put in a new ribbon.</source>
        <translation>リボンが切れています。新しいリボンを入れてください。</translation>
    </message>
    <message>
        <source>The printer&apos;s memory for labels is full: wait until it has printed what it holds.</source>
        <translation>プリンターのラベル用メモリーがいっぱいです。印刷が終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>The printer lost its settings (memory error): switch it off and on, then check its setup.</source>
        <translation>プリンターの設定が失われました（メモリーエラー）。電源を入れ直してから設定を確認してください。</translation>
    </message>
    <message>
        <source>The print head is too cold to print.</source>
        <translation>印字ヘッドの温度が低すぎて印刷できません。</translation>
    </message>
    <message>
        <source>The print head is too hot: let the printer cool down.</source>
        <translation>印字ヘッドが高温です。プリンターを冷ましてください。</translation>
    </message>
    <message>
        <source>a %1 tape does not talk over a serial port (bosch-glm, es-tape or nus do)</source>
        <translation>%1 のメジャーはシリアルポートで通信しません（通信するのは bosch-glm、es-tape、nus）</translation>
    </message>
    <message>
        <source>a keyboard-wedge tape sends keys, not bytes: use TapeWedgeDetector</source>
        <translation>キーボード入力型のメジャーはバイト列ではなくキー入力を送ります。TapeWedgeDetector を使ってください</translation>
    </message>
    <message>
        <source>unknown tape protocol (leica-disto, bosch-glm, es-tape, nus or wedge)</source>
        <translation>不明なメジャーのプロトコルです（leica-disto、bosch-glm、es-tape、nus、wedge のいずれか）</translation>
    </message>
    <message>
        <source>not a length (a number and an optional unit such as mm, cm, m, in)</source>
        <translation>長さではありません（数値と、必要なら mm、cm、m、in などの単位）</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (mm, cm, m, in or ft)</source>
        <translation>不明な単位「%1」です（mm、cm、m、in、ft のいずれか）</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>数値ではありません</translation>
    </message>
    <message>
        <source>a negative length</source>
        <translation>負の長さです</translation>
    </message>
    <message>
        <source>a length of zero (the device reports no measurement)</source>
        <translation>長さがゼロです（機器は測定値なしと報告しています）</translation>
    </message>
    <message>
        <source>the longest length must be above zero</source>
        <translation>最大の長さはゼロより大きくしてください</translation>
    </message>
</context>
<context>
    <name>wh::drivers::BleTape</name>
    <message>
        <source>no tape measure advertising the %1 service was found (is it on and in range?)</source>
        <translation>%1 サービスをアドバタイズしているメジャーが見つかりません（電源が入っていて、電波の届く範囲にありますか？）</translation>
    </message>
    <message>
        <source>the tape measure %1 was not found (is it on and in range?)</source>
        <translation>メジャー %1 が見つかりません（電源が入っていて、電波の届く範囲にありますか？）</translation>
    </message>
    <message>
        <source>the device&apos;s %1 service has no characteristic that notifies</source>
        <translation>機器の %1 サービスに通知（notify）するキャラクタリスティックがありません</translation>
    </message>
    <message>
        <source>the device&apos;s %1 service has no characteristic %2</source>
        <translation>機器の %1 サービスにキャラクタリスティック %2 がありません</translation>
    </message>
    <message>
        <source>the characteristic %1 can neither notify nor indicate</source>
        <translation>キャラクタリスティック %1 は notify も indicate もできません</translation>
    </message>
    <message>
        <source>the tape measure disconnected; reconnecting</source>
        <translation>メジャーの接続が切れました。再接続しています</translation>
    </message>
    <message>
        <source>the tape measure disconnected while connecting; trying again</source>
        <translation>接続中にメジャーの接続が切れました。再試行しています</translation>
    </message>
    <message>
        <source>the scan did not finish</source>
        <translation>スキャンが終わりませんでした</translation>
    </message>
    <message>
        <source>no connection to the tape measure</source>
        <translation>メジャーに接続できませんでした</translation>
    </message>
    <message>
        <source>the tape measure&apos;s service was not discovered</source>
        <translation>メジャーのサービスが見つかりませんでした</translation>
    </message>
    <message>
        <source>the tape measure did not confirm its notifications</source>
        <translation>メジャーが通知の設定を確認しませんでした</translation>
    </message>
    <message>
        <source>the tape measure did not confirm its set-up</source>
        <translation>メジャーが設定を確認しませんでした</translation>
    </message>
    <message>
        <source>%1 within %2 ms; trying again</source>
        <translation>%1（%2 ミリ秒以内）。再試行しています</translation>
    </message>
</context>
<context>
    <name>wh::drivers::BleTapeDiscovery</name>
    <message>
        <source>this device has no Bluetooth adapter</source>
        <translation>この機器には Bluetooth アダプターがありません</translation>
    </message>
    <message>
        <source>Bluetooth is switched off</source>
        <translation>Bluetooth がオフです</translation>
    </message>
</context>
<context>
    <name>wh::drivers::BoschGlmDecoder</name>
    <message>
        <source>timeout</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>mode invalid</source>
        <translation>無効なモード</translation>
    </message>
    <message>
        <source>checksum error (the device received a damaged frame)</source>
        <translation>チェックサムエラー（機器が壊れたフレームを受信しました）</translation>
    </message>
    <message>
        <source>unknown command</source>
        <translation>不明なコマンド</translation>
    </message>
    <message>
        <source>access level</source>
        <translation>アクセスレベル</translation>
    </message>
    <message>
        <source>invalid data</source>
        <translation>無効なデータ</translation>
    </message>
    <message>
        <source>error code %1</source>
        <translation>エラーコード %1</translation>
    </message>
    <message>
        <source>hardware error</source>
        <translation>ハードウェアエラー</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>準備ができていません</translation>
    </message>
    <message>
        <source>not an MT frame: %1 bytes that cannot start a frame (a frame starts with C0 or a status byte 00-1F and a length up to %2)</source>
        <translation>MT フレームではありません: フレームの先頭になれない %1 バイト（フレームは C0 か、ステータスバイト 00-1F と %2 以下の長さで始まります）</translation>
    </message>
    <message>
        <source>CRC error: the frame ends in %1, its CRC-8 is %2</source>
        <translation>CRC エラー: フレームの末尾は %1 ですが、CRC-8 は %2 です</translation>
    </message>
    <message>
        <source>truncated frame: %1 of %2 bytes</source>
        <translation>途中で切れたフレーム: %2 バイト中 %1 バイト</translation>
    </message>
    <message>
        <source>truncated frame: %1 bytes, the length byte is missing</source>
        <translation>途中で切れたフレーム: %1 バイト、長さのバイトがありません</translation>
    </message>
    <message>
        <source>a request for command %1 (not a reading)</source>
        <translation>コマンド %1 の要求です（測定値ではありません）</translation>
    </message>
    <message>
        <source>the device answered with an error: %1</source>
        <translation>機器がエラーを返しました: %1</translation>
    </message>
    <message>
        <source>a distance response has 4 data bytes, this one %1</source>
        <translation>距離の応答のデータは 4 バイトのはずですが、%1 バイトです</translation>
    </message>
    <message>
        <source>the device reports a measurement error (distance 0)</source>
        <translation>機器が測定エラーを報告しています（距離 0）</translation>
    </message>
    <message>
        <source>acknowledged: command %1, %2 data bytes</source>
        <translation>受信確認: コマンド %1、データ %2 バイト</translation>
    </message>
    <message>
        <source>a response with %1 data bytes</source>
        <translation>データ %1 バイトの応答</translation>
    </message>
    <message>
        <source>an exchange data container has 16 data bytes, this one %1</source>
        <translation>交換データコンテナーのデータは 16 バイトのはずですが、%1 バイトです</translation>
    </message>
    <message>
        <source>the device reports a measurement error (mode 63)</source>
        <translation>機器が測定エラーを報告しています（モード 63）</translation>
    </message>
    <message>
        <source>not a single distance (device mode %1); only single distances are read</source>
        <translation>単一距離の測定ではありません（機器のモード %1）。読み取るのは単一距離だけです</translation>
    </message>
    <message>
        <source>the distance is not a number (NaN or infinite)</source>
        <translation>距離が数値ではありません（NaN または無限大）</translation>
    </message>
    <message>
        <source>a distance of zero or less: the meter reports no measurement</source>
        <translation>距離がゼロ以下です: 測定器は測定値なしと報告しています</translation>
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
    <name>wh::drivers::EsTapeDecoder</name>
    <message>
        <source>not an ES-Tape frame (a frame starts with *): %1 bytes</source>
        <translation>ES-Tape のフレームではありません（フレームは * で始まります）: %1 バイト</translation>
    </message>
    <message>
        <source>a control or non-ASCII byte inside the frame</source>
        <translation>フレーム内に制御文字または ASCII 以外のバイトがあります</translation>
    </message>
    <message>
        <source>truncated frame: %1 bytes, too short for * + 4 digits + 2 status letters</source>
        <translation>途中で切れたフレーム: %1 バイト。* + 数字 4 桁 + ステータス文字 2 つには足りません</translation>
    </message>
    <message>
        <source>the value is not four digits: &quot;%1&quot;</source>
        <translation>値が数字 4 桁ではありません:「%1」</translation>
    </message>
    <message>
        <source>unknown status letters &quot;%1&quot; (P or S, then M or I)</source>
        <translation>不明なステータス文字「%1」です（P か S、続いて M か I）</translation>
    </message>
    <message>
        <source>truncated frame: %1 bytes without CR and without status letters at the end</source>
        <translation>途中で切れたフレーム: %1 バイト。末尾に CR もステータス文字もありません</translation>
    </message>
    <message>
        <source>a length of zero (the device reports no measurement)</source>
        <translation>長さがゼロです（機器は測定値なしと報告しています）</translation>
    </message>
</context>
<context>
    <name>wh::drivers::LabelPrinter</name>
    <message>
        <source>The printer at %1 answered the status request with something that is not a ZPL status.</source>
        <translation>%1 のプリンターがステータス要求に ZPL のステータスではない応答を返しました。</translation>
    </message>
    <message>
        <source>The printer at %1 answered the status request with something that is not a ZPL status: %2</source>
        <translation>%1 のプリンターがステータス要求に ZPL のステータスではない応答を返しました: %2</translation>
    </message>
    <message>
        <source>The labels wait in the spool and print when the printer is ready.</source>
        <translation>ラベルはスプールで待機し、プリンターの準備ができたら印刷されます。</translation>
    </message>
    <message>
        <source>A label was printed but the print spool could not record it: %1</source>
        <translation>ラベルは印刷されましたが、印刷スプールに記録できませんでした: %1</translation>
    </message>
    <message>
        <source>The connection to the printer at %1 was lost while a label was on its way; it is sent again when the printer is back.</source>
        <translation>ラベルの送信中に %1 のプリンターとの接続が切れました。プリンターが復帰したら再送します。</translation>
    </message>
    <message>
        <source>The printer at %1 closed the connection.</source>
        <translation>%1 のプリンターが接続を切りました。</translation>
    </message>
    <message>
        <source>The printer at %1 refused the connection: is it switched on, and is %2 its port?</source>
        <translation>%1 のプリンターが接続を拒否しました。電源は入っていますか？ ポートは %2 で正しいですか？</translation>
    </message>
    <message>
        <source>The printer&apos;s address &quot;%1&quot; is not known on the network.</source>
        <translation>プリンターのアドレス「%1」がネットワーク上で見つかりません。</translation>
    </message>
    <message>
        <source>The printer at %1 cannot be reached: %2</source>
        <translation>%1 のプリンターに接続できません: %2</translation>
    </message>
    <message>
        <source>The printer at %1 did not answer within %2 seconds: is it switched on and on the network?</source>
        <translation>%1 のプリンターが %2 秒以内に応答しませんでした。電源が入っていて、ネットワークにつながっていますか？</translation>
    </message>
    <message>
        <source>The printer at %1 did not answer the status request (~HS) within %2 seconds. A printer that does not speak ZPL needs the status check switched off.</source>
        <translation>%1 のプリンターが %2 秒以内にステータス要求（~HS）に応答しませんでした。ZPL に対応していないプリンターでは、ステータス確認をオフにしてください。</translation>
    </message>
    <message>
        <source>The printer at %1 did not take the label within %2 seconds; it is sent again when the printer is back.</source>
        <translation>%1 のプリンターが %2 秒以内にラベルを受け取りませんでした。プリンターが復帰したら再送します。</translation>
    </message>
</context>
<context>
    <name>wh::drivers::LeicaDistoDecoder</name>
    <message>
        <source>not a DISTO frame: %1 bytes (a distance has 4, a measurement 20, a display unit 1)</source>
        <translation>DISTO のフレームではありません: %1 バイト（距離は 4、測定は 20、表示単位は 1 バイト）</translation>
    </message>
    <message>
        <source>an empty frame</source>
        <translation>空のフレームです</translation>
    </message>
    <message>
        <source>a DISTO distance is 4 bytes (float32), this frame has %1</source>
        <translation>DISTO の距離は 4 バイト（float32）ですが、このフレームは %1 バイトです</translation>
    </message>
    <message>
        <source>a DISTO measurement (010D) is 20 bytes, this frame has %1</source>
        <translation>DISTO の測定（010D）は 20 バイトですが、このフレームは %1 バイトです</translation>
    </message>
    <message>
        <source>display unit code %1 is unknown</source>
        <translation>表示単位コード %1 は不明です</translation>
    </message>
    <message>
        <source>display unit: %1 (code %2)</source>
        <translation>表示単位: %1（コード %2）</translation>
    </message>
    <message>
        <source>a value of a characteristic that carries no reading</source>
        <translation>測定値を含まないキャラクタリスティックの値です</translation>
    </message>
    <message>
        <source>not a DISTO frame</source>
        <translation>DISTO のフレームではありません</translation>
    </message>
    <message>
        <source>the display unit is not known yet (nothing read from 0102)</source>
        <translation>表示単位がまだ分かりません（0102 から何も読み取っていません）</translation>
    </message>
    <message>
        <source>the display unit (code %1) is unknown</source>
        <translation>表示単位（コード %1）は不明です</translation>
    </message>
    <message>
        <source>the distance is not a number (NaN or infinite)</source>
        <translation>距離が数値ではありません（NaN または無限大）</translation>
    </message>
    <message>
        <source>a distance of zero or less: the meter reports no measurement</source>
        <translation>距離がゼロ以下です: 測定器は測定値なしと報告しています</translation>
    </message>
</context>
<context>
    <name>wh::drivers::NordicUartDecoder</name>
    <message>
        <source>a line longer than %1 bytes (skipped to its end)</source>
        <translation>%1 バイトを超える行です（行末まで読み飛ばしました）</translation>
    </message>
    <message>
        <source>a control byte inside the line</source>
        <translation>行内に制御文字があります</translation>
    </message>
    <message>
        <source>the line is not UTF-8 text</source>
        <translation>行が UTF-8 のテキストではありません</translation>
    </message>
</context>
<context>
    <name>wh::drivers::QtBleCentral</name>
    <message>
        <source>Bluetooth scan failed: %1 (%2)</source>
        <translation>Bluetooth のスキャンに失敗しました: %1（%2）</translation>
    </message>
    <message>
        <source>Bluetooth connection failed: %1 (%2)</source>
        <translation>Bluetooth の接続に失敗しました: %1（%2）</translation>
    </message>
    <message>
        <source>the device has no service %1</source>
        <translation>機器にサービス %1 がありません</translation>
    </message>
    <message>
        <source>Bluetooth service error: %1</source>
        <translation>Bluetooth サービスのエラー: %1</translation>
    </message>
    <message>
        <source>the characteristic %1 has no client configuration descriptor</source>
        <translation>キャラクタリスティック %1 にクライアント構成ディスクリプター（CCCD）がありません</translation>
    </message>
    <message>
        <source>the device has no characteristic %1</source>
        <translation>機器にキャラクタリスティック %1 がありません</translation>
    </message>
</context>
<context>
    <name>wh::drivers::SimulatedTape</name>
    <message>
        <source>the tape measure disconnected; reconnecting</source>
        <translation>メジャーの接続が切れました。再接続しています</translation>
    </message>
    <message>
        <source>the tape measure is not connected</source>
        <translation>メジャーが接続されていません</translation>
    </message>
    <message>
        <source>the keys do not look like a tape&apos;s reading: typed as text</source>
        <translation>キー入力がメジャーの測定値に見えません。文字入力として扱います</translation>
    </message>
</context>
<context>
    <name>wh::drivers::TapeDeduplicator</name>
    <message>
        <source>the same measurement again (device counter %1)</source>
        <translation>同じ測定値の再送です（機器のカウンター %1）</translation>
    </message>
    <message>
        <source>the last value replayed on subscribing</source>
        <translation>購読開始時に再送された直前の値です</translation>
    </message>
    <message>
        <source>the same value again within %1 ms</source>
        <translation>%1 ミリ秒以内に同じ値がもう一度届きました</translation>
    </message>
    <message>
        <source>a value replayed on subscribing, measured before this connection</source>
        <translation>購読開始時に再送された値です（この接続より前に測定）</translation>
    </message>
</context>
<context>
    <name>wh::drivers::TapeDeviceSpec</name>
    <message>
        <source>a tape device is sim:PROTOCOL, serial:PROTOCOL:PORT or ble:PROTOCOL[:ADDRESS]</source>
        <translation>メジャー機器の指定は sim:PROTOCOL、serial:PROTOCOL:PORT、ble:PROTOCOL[:ADDRESS] のいずれかです</translation>
    </message>
    <message>
        <source>a simulated tape is just sim:PROTOCOL</source>
        <translation>シミュレーターのメジャーは sim:PROTOCOL だけで指定します</translation>
    </message>
    <message>
        <source>a serial tape needs its port: serial:PROTOCOL:PORT</source>
        <translation>シリアルのメジャーにはポートが必要です: serial:PROTOCOL:PORT</translation>
    </message>
</context>
<context>
    <name>wh::drivers::TapeSimulator</name>
    <message>
        <source>this protocol sends no live frames</source>
        <translation>このプロトコルはリアルタイムのフレームを送りません</translation>
    </message>
    <message>
        <source>an ES-Tape frame carries 0 to 9999 steps of %1 mm</source>
        <translation>ES-Tape のフレームは %1 mm 単位で 0～9999 までです</translation>
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
    <message>
        <source>Productivity report</source>
        <translation>生産性レポート</translation>
    </message>
    <message>
        <source>Hours are paid hours (breaks left out). Productivity = units / hours; performance = standard hours earned / hours of the activities that have a standard. Costs are not shown to this account.</source>
        <translation>作業時間は有給の作業時間（休憩を除く）です。生産性 = 処理量 / 作業時間、達成率 = 標準時間 / 標準のある作業の作業時間。このアカウントには人件費は表示されません。</translation>
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
