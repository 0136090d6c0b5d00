<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is the state (&quot;Working&quot;), %2 since when (&quot;since 08:12&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an activity to clock in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an activity (name or code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activities to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock out now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shift ends now. Do this when you leave work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraScanPage</name>
    <message>
        <source>Hold the code inside the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: %1</source>
        <extracomment>%1 is the text of the code the camera read last</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Tape measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulator, for training and demos: readings are not from a real tape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tape measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address, e.g. 192.168.1.50:9100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels waiting to print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese text on stickers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer&apos;s font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a picture (any printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find tape measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardDialog</name>
    <message>
        <source>%1 · done lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue without switching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandheldHeader</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not clocked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a break · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tape: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On shift now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a barcode: it shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with the camera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Handheld: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurePage</name>
    <message>
        <source>Scan the care label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the scanner at the QR code on the garment&apos;s care label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · size %2 · lot %3</source>
        <extracomment>Style, size and lot of the garment being measured</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · size %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Points measured of all points, e.g. &quot;3 / 12&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <extracomment>The current point&apos;s target length, e.g. &quot;Target 700.0 mm&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance %1</source>
        <extracomment>The current point&apos;s tolerance in mm, e.g. &quot;Tolerance -1.0 / +1.0&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1</source>
        <extracomment>The current point was measured before (it is measured again now)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Short verdict of one point: within tolerance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Opens the field to type the current point&apos;s value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate</source>
        <extracomment>Training: the simulated tape measure measures the current point</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print again</source>
        <extracomment>Prints the failed item&apos;s NG sticker again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of %1</source>
        <extracomment>Title of the field for typing a value, %1 is the point&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Takes the typed value for the current point</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1, tolerance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mm, e.g. 721.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tape measure connected: type the values, or connect it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurePointRow</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <extracomment>A point&apos;s target and tolerance in the list, e.g. &quot;700.0 mm -1.0 / +1.0&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · try %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site, the scanner and the spec keys are changed by an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site of this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the device to this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the scanner sends before and after each code. Write control characters as &lt;GS&gt; (or two hex digits, like &lt;1D&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save prefix and suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spec keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spec keys: care labels cannot be read on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brands&apos; keys that sign the care labels. Only their ids are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Scan your badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the scanner at the barcode on your ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker code and PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type your worker code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh</name>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a measurement spec (a care-label spec starts with WM): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown spec version %1 (this program reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spec is truncated: its %1 is cut off or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key for the label&apos;s key id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not match (key id %1): the label was altered, or the key is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spec lacks its %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed %1 in the spec: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::ActivityChooser</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent and favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n activities found</source>
        <translation>
            <numerusform>%n activity found</numerusform>
            <numerusform>%n activities found</numerusform>
        </translation>
    </message>
    <message>
        <source>Your recent and favourite activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>the mark on the tile of the activity the worker is on now</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::ActivityViewModel</name>
    <message>
        <source>The activities cannot be read just now. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: scan your badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are already on %1. Nothing was changed.</source>
        <extracomment>%1 is the activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are already on a break. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to record. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocked in: %1 at %2</source>
        <extracomment>%1 is the activity, %2 the time, e.g. &quot;Clocked in: Picking at 19:30&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to work: %1 at %2</source>
        <extracomment>%1 is the activity, %2 the time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to %1 at %2</source>
        <extracomment>%1 is the activity, %2 the time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break started: %1 at %2</source>
        <extracomment>%1 is the break activity, %2 the time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocked out at %1. Worked today: %2</source>
        <extracomment>%1 is the time, %2 hours and minutes worked, e.g. &quot;7:05&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocked out at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded at %1</source>
        <extracomment>%1 is the time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Your previous shift was left open and has been closed as forgotten. A leader will check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The punch was not recorded: %1 was not found. Please ask your leader.</source>
        <extracomment>%1 names what is missing (a worker code, an activity)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This worker cannot punch: the worker record is disabled. Please ask your leader. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not clocked in. Choose an activity to clock in. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The punch was refused: the handheld&apos;s clock is behind your last punch. Please ask your leader. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No break is set up at this site. Please ask your leader. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity is not offered at this site. Please choose another one. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The punch could not be saved just now. Please try again in a moment. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <extracomment>%1 says what went wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 workflow</source>
        <extracomment>%1 is a workflow&apos;s key as the store names it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 counts for no activity at this site; your punch stays as it is. Please tell your leader.</source>
        <extracomment>%1 is the workflow, e.g. &quot;Measuring&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your punch cannot be checked just now. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not clocked in. %1 counts for %2. Clock in on it?</source>
        <extracomment>%1 is the workflow (&quot;Measuring&quot;), %2 the activity it counts for (&quot;Garment measurement&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are on a break (%1). %2 counts for %3. Go back to work on it?</source>
        <extracomment>%1 is the break, %2 the workflow (&quot;Measuring&quot;), %3 the activity it counts for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch activity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are punched into %1. %2 counts for %3. Switch?</source>
        <extracomment>%1 is the current activity (&quot;Packing&quot;), %2 the workflow (&quot;Measuring&quot;), %3 the activity it counts for (&quot;Garment measurement&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not clocked in: the work you do now is not counted for %1. Clock in when you can.</source>
        <extracomment>%1 is the activity the work would count for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are still on a break: the work you do now is not counted for %1. Switch when you can.</source>
        <extracomment>%1 is the activity the work would count for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stay on %1: the time you spend now counts for %1, not for %2.</source>
        <extracomment>%1 is the current activity, %2 the activity the work would count for</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::AttendanceCsv</name>
    <message>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous header: columns %1 and %2 are both the %3 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recognisable header: no %1 column (expected worker,date,clock_in,clock_out or 社員番号,日付,出勤,退勤 in any order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1 (%2 fields, the header has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad date &quot;%1&quot; (expected YYYY-MM-DD or YYYY/MM/DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date %1 is in the future (today is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker %1 already has a row for %2 on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad clock-in &quot;%1&quot; (expected HH:MM or HH:MM:SS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad clock-out &quot;%1&quot; (expected HH:MM or HH:MM:SS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time does not exist in time zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock-out %1 is not after clock-in %2 (as a night shift it would be %3 h long, over 16 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock-out %1 is not after clock-in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift of %1 h from %2 to %3 is longer than 16 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker %1: %2 to %3 overlaps the shift of %4 on line %5 (until %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid time zone for the attendance import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid date for the attendance import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recognisable header: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::AttendanceImportDialog</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these rows as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import official attendance times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance system&apos;s export: a CSV file with a header row and, per worker and day, the worker code, the date, the clock-in and the clock-out (UTF-8 or Shift_JIS). Each worker-day&apos;s first start and last end become the official times; importing the same file again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance file (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the attendance file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): rows read: %3.</source>
        <extracomment>%1 the file name, %2 its encoding (UTF-8 or Shift_JIS)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker-days corrected: %1; already matching: %2; corrections recorded: %3 (punches removed: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the rows after that point were not looked at. What was applied stays; import the file again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows not applied (%1): fix them in the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::AuditTrailDialog</name>
    <message>
        <source>Reading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of a punch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This punch was never corrected: it is as it was punched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections: %1, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::AuditTrailModel</name>
    <message>
        <source>%1, %2 – %3</source>
        <extracomment>A punch: %1 the activity, %2 the start (month/day and time), %3 the end</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>Before a punch was added: there was none</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <extracomment>The state before an old correction that did not record it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::CameraScanViewModel</name>
    <message>
        <source>The camera&apos;s pictures cannot be read (%1). Type the code or use the hardware scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera on this device. Type the code or use the hardware scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera cannot be opened: %1 Type the code or use the hardware scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera cannot be used (%1). Type the code or use the hardware scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous picture is still being read; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code was found in the frame of the picture %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::CellDetailDialog</name>
    <message>
        <source>Reading the punches and units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punches and units behind %1</source>
        <extracomment>%1 is a block, section, activity or site name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The punches cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forgotten clock-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanned in a workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 punches and %2 units entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 of each are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1</source>
        <extracomment>a count that stopped at a round number; %1 is that number</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::CorrectionDialog</name>
    <message>
        <source>Change a punch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The punch of %1 on %2: %3, %4.</source>
        <extracomment>%1 worker, %2 business day, %3 activity, %4 times</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a punch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the punch of %1 on %2: %3, %4? Its hours leave the figures of that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a missing punch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A punch the worker did not make (a forgotten clock-in, work off the kiosk) at site %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker code, e.g. W00042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time at the site (%1).</source>
        <extracomment>%1 is the site&apos;s time zone, e.g. Asia/Tokyo</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, e.g. “forgot to clock out; confirmed with the worker”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction is recorded with your account, the time and the reason; the day&apos;s figures are totalled again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the punch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the punch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the worker&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the activity or a time, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end is in the future. A punch can only be corrected up to now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required: say why the punch is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the correction…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::CorrectionText</name>
    <message>
        <source>Give a reason: every correction says why it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction has no author. Sign in again and repeat it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end is in the future. A punch can only be corrected up to now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The punch would be longer than the longest shift (16 hours). Check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not offered at site %2. Choose another activity.</source>
        <extracomment>%1 is an activity, %2 a site code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity is not offered at this site. Choose another activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker is still on this punch: it has no end yet. They switch or clock out at the kiosk; correct it after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new times overlap the worker&apos;s other punch on %1 from %2 to %3. Correct that punch first, or choose times that do not overlap it.</source>
        <extracomment>%1 is an activity, %2 and %3 the start and end of the worker&apos;s other punch</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new times overlap another punch of the worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This punch is no longer there: it was corrected or removed in the meantime. The list has been read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no worker with the code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not correct punches at site %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections are made in the name of a signed-in account. Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::CorrectionsView</name>
    <message>
        <source>Only the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a missing punch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import official attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone; or a code such as W00042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a site to see its punches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period to see its punches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The punches cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No punches of %1 at %2, %3.</source>
        <extracomment>%1 a worker (or &quot;everyone&quot;), %2 the site, %3 the day or period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 punches at %3, %4. Enter a worker or choose a day to see the others.</source>
        <extracomment>%1 rows shown, %2 all rows, %3 the site, %4 the period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punches of %1 at %2, %3: %4.</source>
        <extracomment>%1 a worker (or &quot;everyone&quot;), %2 the site, %3 the period, %4 the number of punches</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker is still on this punch: it can be corrected once they switch or clock out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3, %4 – %5</source>
        <extracomment>%1 worker, %2 business day, %3 activity, %4 start, %5 end</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totalling the figures again was cancelled: the changed days are totalled with the next correction (or by “wh aggregate --dirty”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be totalled again: %1 The changed days stay marked and are totalled with the next correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures were totalled again (business days: %1).</source>
        <extracomment>%1 the number of business days</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another correction is being recorded. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totalling the figures again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The punch was corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The punch was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The punch was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction is being recorded. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing worker-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance imported: %1 corrections, %2 rows not applied.</source>
        <extracomment>%1 corrections recorded, %2 rows not applied</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of more than %2 punches at %3, %4. Enter a worker or choose a day to see the others.</source>
        <extracomment>%1 rows shown, %2 a round number of rows (there are more), %3 the site, %4 the period</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::Csv</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote: &quot;a&quot;&quot;b&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field on line %1 (quote the whole field and double the quote: &quot;a&quot;&quot;b&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of a field on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote opened is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote opened on line %1 is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a text file (NUL byte); save or export it as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a text file (%1 control characters in %2 bytes); save or export it as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 in a file marked as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8, and this Qt build has no Shift_JIS decoder (Qt without ICU); save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Shift_JIS text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file (no records)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::DevicesViewModel</name>
    <message>
        <source>the device %1 is not in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This handheld&apos;s settings cannot be read, so its tape measure and printer are not remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting of this handheld cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered tape measure “%1” cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered printer address “%1” is not an address; set the printer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This handheld has no Bluetooth, so this tape measure cannot connect. Choose a serial tape measure or a simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluetooth is switched off: switch it on and the tape measure connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tape measure&apos;s frames cannot be kept in the device log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tape measure chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That tape measure is no longer in the list: search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works for now, but it cannot be remembered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chosen: readings come from the simulator, for training and demos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chosen and remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tape measure is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stopped, but this handheld cannot forget it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tape measure is chosen: find one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluetooth tape measures found so far: %1. Still looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bluetooth search failed (%1). Serial ports and simulators are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for Bluetooth tape measures… Switch the tape measure on and keep it close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluetooth is switched off, so Bluetooth tape measures cannot be found: switch it on and search again. Serial ports and simulators are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This handheld has no Bluetooth, so Bluetooth tape measures cannot be found. Serial ports and simulators are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluetooth tape measures found: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Bluetooth tape measure found: is it switched on and close to this handheld? Serial ports and simulators are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test label went to the printer at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of ribbon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spool error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a printer address. Type the printer&apos;s IP address or network name, and its port when it is not 9100: 192.168.1.50 or 192.168.1.50:9100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer at %1 works for now, but it cannot be remembered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer at %1 is set; checking it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is stopped, but this handheld cannot forget it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set now: NG stickers are not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set: type its address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test label cannot be put in the print spool: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test label is in the print spool: it prints as soon as the printer at %1 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a way to print Japanese (font or graphic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese is printed this way for now, but it cannot be remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese text is drawn here and sent as a picture (any printer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese text uses the printer&apos;s own Japanese font.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::ErrorText</name>
    <message>
        <source>Not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something that is needed was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts with data already in the store: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts with data already in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read, the content is malformed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read or written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file cannot be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an SQLite database: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be written, it is read-only: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by a newer version of this program: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store was written by a newer version of this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade failed and was rolled back: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade failed and was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 does not exist. Create it with “wh init --db %1” or “wh demo --db %1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a store: it is not an SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: the file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of this program. Install that version to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 could not be upgraded. The upgrade was rolled back and the file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not do this: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::FigureFormat</name>
    <message>
        <source>¥%1</source>
        <extracomment>A yen amount; %1 is the number with grouped digits</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage; %1 is the number</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::FiguresView</name>
    <message>
        <source>Business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units per paid hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labor cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punches and units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The punches and units behind the selected row in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* The units add up activities of different kinds (pieces, cartons, lines…): compare them within an activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures cannot be read from the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd, MMM d, yyyy</source>
        <extracomment>QDate format of the period shown under the title, e.g. &quot;Thu, Oct 22, 2026&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3: no figures were recorded at this site in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds up different activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks (double-click one for its sections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of %1 (double-click one for its activities)</source>
        <extracomment>%1 is a block&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities of %1 (double-click one for its punches and units)</source>
        <extracomment>%1 is a section&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of %1</source>
        <extracomment>%1 is a block&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities of %1</source>
        <extracomment>%1 is a section&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::Gs1</name>
    <message>
        <source>%1 characters, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters, expected %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 where a digit is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character &apos;%1&apos; at position %2 is not allowed in GS1 data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong check digit %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impossible date %1 (YYMMDD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decimal places are not defined for this AI (0 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown application identifier; raw text kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown application identifier %1; raw text kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given twice with different values (first: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no application identifier at &quot;%1&quot;; raw text kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters and no separator: where it ends cannot be told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable-length value without a separator: its end could also be the start of another AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check digit ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check digit wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no GS1 primary key (such as /01/ and a GTIN) in the URI path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URI path ends with %1 but no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an application identifier; raw text kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;(&apos; at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;(&apos; at position %1 is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 data should be %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbology %1 does not carry GS1 data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a GS1 element string (it does not start with an application identifier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no GS1 data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::GuiStartup</name>
    <message>
        <source>no store given: start the program with --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screenshot was taken within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no display to show the window on (DISPLAY is not set): run it on a desktop, under xvfb-run, or with --screenshot FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::HandheldApp</name>
    <message>
        <source>Sign in first: scan your badge or type your worker code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workflow is not available on the handheld yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was %1. No code is read on this screen: go back first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handheld is now %1&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code could not be read. Please scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tape measure sent a reading, but no garment is being measured here: open Measure and scan the care label first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::HandheldProgram</name>
    <message>
        <source>The handheld&apos;s device id in the store (default: the first handheld device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 has no handheld device. A handheld takes its site from its device row, so add a device of kind “handheld” to the store first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 has no device %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 in the store %2 is not a handheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handheld&apos;s device cannot be read from the store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handheld cannot start on this store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screens cannot be loaded; the log says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens this screen in a telling state, as a worker would get there (for pictures and demos; it writes to the store like a worker would): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screen: the worker who signs in (default: the site&apos;s first with a badge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screen measure-item or measure-verdict: the care label&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handheld: scanning, measuring and switching activity on the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no screen %1. The screens: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen %1 cannot be shown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s size in pixels, WIDTHxHEIGHT (default 360x640, the phone the screens are laid out for; e.g. 800x1280 for a tablet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT in pixels, from 240x320 to 4000x4000, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::HomeViewModel</name>
    <message>
        <source>The figures cannot be read from the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd, MMM d</source>
        <extracomment>QDate format of a date with the weekday, e.g. &quot;Fri, Nov 20&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work recorded at this site yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last business day, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No symbology identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a barcode symbology such as GS1-128, %2 its AIM identifier such as ]C1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code could not be read. Please scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::IdleScreen</name>
    <message>
        <source>Workers on shift now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap your badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures cannot be read from the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd, MMM d</source>
        <extracomment>QDate format of a short date with the weekday, e.g. &quot;Fri, Nov 20&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers on %1</source>
        <extracomment>%1 is a short date such as &quot;Fri, Nov 20&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers on a break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold your badge to the reader to clock in, switch work, take a break or clock out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No badge with you? Sign in with your worker code and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::ImportErrorModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row as in the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::KioskProgram</name>
    <message>
        <source>The kiosk&apos;s device id in the store (default: the first kiosk device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run in a window instead of full screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk: workers tap their badge to punch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 has no kiosk device. A kiosk takes its site from its device row, so add a device of kind “kiosk” to the store first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 has no device %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 in the store %2 is not a kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk&apos;s device cannot be read from the store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: the badge whose card, chooser or confirmation to picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot-screen %1 needs --badge with a worker&apos;s badge id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot-screen and --badge are only used with --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk cannot punch at device %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge %1 cannot be shown: it is not a worker&apos;s badge at this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: the screen to picture, idle (default), pin, card, chooser or confirmation. The last three need --badge; nothing is punched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown screen “%1” for --screenshot-screen: use idle, pin, card, chooser or confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serial badge reader on this port (e.g. /dev/ttyUSB0), 9600 8N1, sending STX/ETX frames or decimal lines; a keyboard-wedge reader needs no option.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::KioskWindow</name>
    <message>
        <source>Badge already read. One tap is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are already on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocked in: %1 at %2</source>
        <extracomment>%1 is the activity, %2 the time, e.g. &quot;Clocked in: Picking at 19:30&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to work: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break started: %1 at %2</source>
        <extracomment>%1 is the break activity, %2 the time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocked out at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your previous shift was left open and has been closed as forgotten. A leader will check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker code or PIN is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please try again, or ask your leader. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge is not registered. Please ask your leader. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The punch was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something it needs was not found: %1. Please ask your leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This worker cannot punch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your worker record is disabled. Please ask your leader. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The punch was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk&apos;s clock is behind your last punch. Please ask your leader. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity not available here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity is not offered at this site. Please choose another one. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The punch could not be saved just now. Please tap again in a moment. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tap it again. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not a badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned: %1
Tap your badge or scan the badge barcode on your ID card. Nothing was recorded.</source>
        <extracomment>%1 is the scanned code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned: %1
Please scan it again. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::LiveBoardView</name>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a work activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a site to see who is on the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is clocked in at %1 right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live board: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1 · updates every %2 s</source>
        <extracomment>%1 is the time the floor was read (HH:mm:ss), %2 the refresh interval in seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open over %1</source>
        <extracomment>%1 is the threshold, e.g. &quot;10 h&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is on which activity (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head-count per activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocked in, on no work activity (%1)</source>
        <extracomment>People clocked in but on no work activity (on a break)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open over %1: probably forgotten (%2)</source>
        <extracomment>%1 is the threshold (e.g. &quot;10 h&quot;), %2 the number of punches</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clocked in, %2 on a break</source>
        <extracomment>%1 clocked in, %2 on a break</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open too long: probably forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a break</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::LiveHeadCountModel</name>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest anyone has been on this activity (hours:minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest</source>
        <extracomment>The longest time anyone has been on the activity (shown as hours:minutes)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::LiveTime</name>
    <message>
        <source>%1 h</source>
        <extracomment>A whole number of hours, e.g. &quot;10 h&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::LiveWorkersModel</name>
    <message>
        <source>On shift since %1 (%2)</source>
        <extracomment>Tooltip of a row of the live board; %1 is when the shift began, %2 how long ago</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This punch has been open for more than %1: probably a forgotten clock-out. Check with the worker, then correct it.</source>
        <extracomment>%1 is the threshold, e.g. &quot;10 h&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the worker has been on this activity (hours:minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <extracomment>How long the worker has been on the activity (shown as hours:minutes)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::ManagerProgram</name>
    <message>
        <source>Manager: productivity reports over the site store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account %1 needs its password in the environment variable WH_MANAGER_PASSWORD or in --password-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has no accounts yet: start wh-manager without --account to create the administrator, or use “wh account add”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cannot sign in as %1: too many failed attempts; try again in %n second(s).</source>
        <translation>
            <numerusform>Cannot sign in as %1: too many failed attempts; try again in %n second.</numerusform>
            <numerusform>Cannot sign in as %1: too many failed attempts; try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot sign in as %1: the name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page to open (and to take the --screenshot of): overview, figures, trends, person, live, corrections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --view person: the worker to show (a code, a badge id or a name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this account without the sign-in window (for scripts, screenshots and tests). The password is read from the environment variable WH_MANAGER_PASSWORD, or from the first line of --password-file. Without --account the program asks (and, on a store without accounts, asks for the administrator to create; with --screenshot it pictures that window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --account: read the password from the first line of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-file goes with --account NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no page called %1: choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::ManagerWindow</name>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures read at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures cannot be read from the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %1: it has no figures at this site in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %1: site %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %1: block %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %1: section %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %1: activity %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned code could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Productivity and labor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <extracomment>%1 is the account name, %2 its role (leader, manager, administrator)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the figures of every page again (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no site you may see: there is nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page has no chart to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page was not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %1: worker %2 %3.</source>
        <extracomment>%1 what was scanned, %2 the worker&apos;s code, %3 the worker&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %1: not a site, block, section, activity or worker code of this store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::MeasureViewModel</name>
    <message>
        <source>PASS</source>
        <extracomment>The verdict of a measured garment, shown big: every point within tolerance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <extracomment>The verdict of a measured garment, shown big: a point out of tolerance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 points measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n point(s) within tolerance</source>
        <translation>
            <numerusform>The %n point within tolerance</numerusform>
            <numerusform>All %n points within tolerance</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 points out of tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>A point out of tolerance: its name, the value measured, the deviation from the target</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device has no brand keys to check care labels with: an administrator adds them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is already open: measure its points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Item %1 was left incomplete; its %n measured value(s) are kept.</source>
        <translation>
            <numerusform>Item %1 was left incomplete; its %n measured value is kept.</numerusform>
            <numerusform>Item %1 was left incomplete; its %n measured values are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a length: type the value in millimetres, for example 721.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feet and yards are not accepted: type the value in millimetres, for example 721.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the length of a garment&apos;s point: type the value in millimetres, for example 721.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only point left to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated readings need the simulated tape measure: choose it on the Devices screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated tape measure cannot measure now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a measured item that failed gets an NG sticker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NG sticker of item %1 waits for the printer: it prints by itself when the printer is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading %1 was not used: scan the care label first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading %1 was not used: every point has a value. Tap a point to measure it again, or go to the next item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tape measure sends feet: set it to millimetres (or inches), then measure %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tape measure sent a reading that is not a number: measure %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading %1 is far too long for a garment: measure %2 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tape measure read 0: measure %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tape measure sent something that cannot be read (%1): measure %2 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tape measure is not connected: reconnect it on the Devices screen or type the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tape measure is connected again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value cannot be saved: this device (%1) is not set up in its store. Tell an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker %1 is not known to this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value %1 for %2 could not be saved (%3): measure it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item passes now: take off the NG sticker printed for it before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label printer is set up for this device: choose one on the Devices screen, then print the NG sticker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NG sticker cannot be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NG sticker cannot be put in the print queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NG sticker printed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NG sticker waits for the printer at %1: it prints by itself when the printer is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the NG sticker on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NG sticker of item %1 has been printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NG sticker waits in the print queue. %1 It prints by itself when the printer is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the care label first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No point is waiting for a value: tap a point to measure it again, or go to the next item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not a care label&apos;s measurement spec. Scan the QR code on the care label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This care label is in a newer format than this device reads. Set the garment aside and tell your leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care label was read only in part. Scan it again, holding the scanner still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This care label was signed with a brand key this device does not have (key %1). Ask an administrator to add it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This care label&apos;s spec was altered or not signed by the brand: do not measure against it. Set the garment aside and tell your leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This care label&apos;s spec is damaged or badly made (field %1). Set the garment aside and tell your leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This care label cannot be read. Scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A tape reading as the device sent it: a number and its unit (&quot;721.5 mm&quot;, &quot;28.4 in&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::NodeFiguresModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units per paid hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <extracomment>Units that add up unlike activities (e.g. pieces and cartons); %1 is the number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adds up the units of %n activities of different kinds.</source>
        <translation>
            <numerusform>Adds up the units of %n activity of a different kind.</numerusform>
            <numerusform>Adds up the units of %n activities of different kinds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Units per paid hour, day by day over the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labor cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily trend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::OutboxStatus</name>
    <message>
        <source>oldest %1</source>
        <extracomment>%1 is how long ago, e.g. &quot;12 min&quot; or &quot;just now&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync queue cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting to sync</source>
        <translation>
            <numerusform>%Ln waiting to sync</numerusform>
            <numerusform>%Ln waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <extracomment>minutes ago, e.g. &quot;12 min ago&quot;</extracomment>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <extracomment>hours ago</extracomment>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wh::OverviewView</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomalies of the last two weeks (double-click one to see its figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-week average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site you may see in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading today&apos;s figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units per paid hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labor cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today is %1. &quot;Today&quot; counts the punches closed and totalled so far; the live board shows who is working now. The 4-week average is a business day&apos;s over the 28 days before yesterday; &quot;vs 4 weeks&quot; compares yesterday with it.</source>
        <extracomment>%1 is today&apos;s date (business day)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some figures cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anomalies cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday vs 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::PeriodChart</name>
    <message>
        <source>yyyy-MM</source>
        <extracomment>QDate format of a month on a chart&apos;s axis</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M/d</source>
        <extracomment>QDate format of a day on a chart&apos;s axis</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yy/M/d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::PeriodPicker</name>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd, MMM d, yyyy</source>
        <extracomment>QDate format of the period&apos;s from and to dates, e.g. &quot;Thu, Oct 22, 2026&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>before the first date of a period: &quot;From [date] to [date]&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>between the two dates of a period: &quot;From [date] to [date]&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::PersonActivityModel</name>
    <message>
        <source>All activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units/h</source>
        <extracomment>Column header: productivity, units per paid hour</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard units/h</source>
        <extracomment>Column header: the activity&apos;s standard, units per hour</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <extracomment>Column header: performance against the standard, percent</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::PersonMonthModel</name>
    <message>
        <source>The month&apos;s average productivity: its units over its paid hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units/h</source>
        <extracomment>Column header: the month&apos;s average productivity, units per paid hour</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::PersonView</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units per paid hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker code, badge or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By activity (select one to narrow the chart and the months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a worker&apos;s code, badge or name, or pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the worker&apos;s figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: reading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worker matches “%1” (code, badge or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker&apos;s figures read in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>The person page&apos;s heading: worker code and name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures for %1 from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 — %3</source>
        <extracomment>Above the person&apos;s tiles: the period, then the activities counted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(mixed units: the units add up different activities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month: %1</source>
        <extracomment>Above the months table: &quot;By month: All activities&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units and paid hours by day: %1</source>
        <extracomment>Chart title: &quot;Units and paid hours by day: Picking&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker&apos;s figures: %1</source>
        <extracomment>Title of the person page&apos;s export: &quot;Worker&apos;s figures: W00042 山田 太郎&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units, paid hours and units per paid hour; performance = standard hours earned / hours of the activities that have a standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;All activities&quot; adds up the units of different activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month / activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month (all activities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wh-manager: person page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units and paid hours by month: %1</source>
        <extracomment>Chart title for periods over 92 days: &quot;Units and paid hours by month: Picking&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::PinScreen</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your worker code and your PIN, then press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::ProgramSetup</name>
    <message>
        <source>The store (an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the first screen to a PNG file after loading, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log level: trace, debug, info, warn, error, critical or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating log file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::PunchListModel</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forgotten</source>
        <extracomment>A punch closed automatically because nobody clocked out</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ corrected</source>
        <extracomment>Marks a punch that a correction changed or added</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker is still on this punch. It can be corrected once they switch or clock out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody clocked out: the punch was closed after the longest shift. Set its real end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed or added by a correction. Open its history to see who, when and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length (h:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::QuickScreenshot</name>
    <message>
        <source>The screenshot cannot be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::ScanClassifier</name>
    <message>
        <source>a care label&apos;s measuring code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a worker badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a worker code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an activity code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code this app does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was %1. This screen does not take a scan.</source>
        <extracomment>%1 is what was scanned, e.g. &quot;a worker badge&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was %1. Here, scan the care label&apos;s QR code.</source>
        <extracomment>%1 is what was scanned, e.g. &quot;a worker badge&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was %1. Here, scan your badge.</source>
        <extracomment>%1 is what was scanned, e.g. &quot;an item barcode&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was %1. Here, scan or type your worker code.</source>
        <extracomment>%1 is what was scanned, e.g. &quot;an item barcode&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was %1. Here, scan an activity code or choose one from the list.</source>
        <extracomment>%1 is what was scanned, e.g. &quot;a worker badge&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was %1. Here, scan the item&apos;s barcode.</source>
        <extracomment>%1 is what was scanned, e.g. &quot;a worker badge&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was %1. It is not used here.</source>
        <extracomment>%1 is what was scanned, e.g. &quot;a worker badge&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::ScannerKeyInput</name>
    <message>
        <source>Keyboard-wedge barcode scanner: the prefix it sends before each code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard-wedge barcode scanner: the suffix it sends after each code (before Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard-wedge barcode scanner: the longest gap between two keys of a scan, in milliseconds (default 35).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard-wedge barcode scanner: the character it types instead of GS (e.g. |), read as GS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard-wedge barcode scanner: the AIM symbology identifier (]C1, ]Q1, ...) is required, optional (default: split off when present) or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard-wedge barcode scanner: the key that ends a scan, enter (default), tab or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scanner-gap-ms must be a number of milliseconds from 1 to 1000, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scanner-gs-substitute must be one character (such as |), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scanner-aim must be required, optional or none, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scanner-terminator must be enter, tab or none, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner options (--scanner-…) do not fit together: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard-wedge barcode scanner: the shortest code read as a scan (shorter fast input stays typed text; default 4, wh-manager 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scanner-min-length must be a number of characters from 1 to %1, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serial barcode scanner on this port (e.g. /dev/ttyUSB0), 9600 8N1 unless --scanner-serial-baud says otherwise; prefix, suffix and AIM as above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial barcode scanner: the baud rate (default 9600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial barcode scanner: what ends a code, cr (default; an LF after it is dropped), lf, crlf or none (a silence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>END</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scanner-serial-baud must be a baud rate such as 9600 or 115200, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scanner-serial-terminator must be cr, lf, crlf or none, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::SessionViewModel</name>
    <message>
        <source>since %1</source>
        <extracomment>%1 is a time such as &quot;08:12&quot; (with the date when it is not today)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not clocked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked today: %1</source>
        <extracomment>%1 is hours and minutes, e.g. &quot;3:05&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan your badge, or type your worker code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your worker code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. Your previous shift was left open; it will be closed as forgotten with your next punch, and a leader will check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown badge. This badge is not registered: please ask your leader. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker code or PIN is wrong. Please try again, or ask your leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your worker record cannot be found. Please ask your leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This worker cannot sign in: the worker record is disabled. Please ask your leader. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handheld cannot read its store just now. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <extracomment>%1 says what went wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::SettingsViewModel</name>
    <message>
        <source>This device&apos;s settings cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the administrator&apos;s account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts with this name. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts with this name. Try again in %n second.</numerusform>
            <numerusform>Too many failed attempts with this name. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an administrator&apos;s account: only an administrator can change these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unlocked for %1. The settings lock again after %n minute(s) without a change.</source>
        <translation>
            <numerusform>Unlocked for %1. The settings lock again after %n minute without a change.</numerusform>
            <numerusform>Unlocked for %1. The settings lock again after %n minutes without a change.</numerusform>
        </translation>
    </message>
    <message>
        <source>The administrator&apos;s settings are locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change this: unlock with an administrator&apos;s account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The administrator&apos;s settings locked themselves after %n minute(s) without a change: unlock them again.</source>
        <translation>
            <numerusform>The administrator&apos;s settings locked themselves after %n minute without a change: unlock them again.</numerusform>
            <numerusform>The administrator&apos;s settings locked themselves after %n minutes without a change: unlock them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>This device is not in the store: its settings cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site “%1” in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device already belongs to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device now belongs to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language must be Japanese (ja) or English (en), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner prefix has “%1”, which is not a character name (write control characters as &lt;GS&gt;, &lt;CR&gt; or two hex digits like &lt;1D&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner suffix has “%1”, which is not a character name (write control characters as &lt;GS&gt;, &lt;CR&gt; or two hex digits like &lt;1D&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The scanner prefix can have at most %n character(s).</source>
        <translation>
            <numerusform>The scanner prefix can have at most %n character.</numerusform>
            <numerusform>The scanner prefix can have at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The scanner suffix can have at most %n character(s).</source>
        <translation>
            <numerusform>The scanner suffix can have at most %n character.</numerusform>
            <numerusform>The scanner suffix can have at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scanner prefix cannot hold %1: a scanner that types its codes sends only visible characters and &lt;GS&gt; inside a scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner suffix cannot hold %1: a scanner that types its codes sends only visible characters and &lt;GS&gt; inside a scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner prefix and suffix do not work together: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner prefix and suffix could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner prefix and suffix saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spec keys could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the key as ID:SECRET (or only the secret for key 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spec key cannot contain line breaks or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This spec key cannot be used: its secret needs at least %1 bytes, and it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This spec key cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a spec key with the id %1: remove it first to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spec key %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no spec key with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spec key %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::SignInDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the administrator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the manager viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has no accounts yet. The first account is the administrator: it sees every site with its costs and creates the accounts of floor leaders and managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. the person&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts with this name. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts with this name. Try again in %n second.</numerusform>
            <numerusform>Too many failed attempts with this name. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot contain spaces or commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somebody has created an account in this store meanwhile. Close this window and sign in with that account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::SiteText</name>
    <message>
        <source>MMM d</source>
        <extracomment>QDate format of a short date without the year, e.g. &quot;Nov 20&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a short date such as &quot;Nov 20&quot;, %2 a time such as &quot;22:10&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::TapeCandidateModel</name>
    <message>
        <source>Simulator — %1</source>
        <extracomment>A simulated tape measure in the list of tapes to choose; %1 is the protocol (&quot;Leica DISTO&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leica DISTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bosch GLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ES-Tape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nordic UART tape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard tape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over Bluetooth, %2, signal %3 dBm</source>
        <extracomment>A tape found over Bluetooth: its protocol, address and signal strength.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over Bluetooth, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial port %1 (%2)</source>
        <extracomment>A tape on a serial port: the port and what the system calls it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No real tape: the readings are made up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>A tape measure on a serial port: &quot;Bosch GLM on ttyUSB0&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::TrendModel</name>
    <message>
        <source>Productivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labor cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units/h</source>
        <extracomment>Unit of productivity: units per paid hour</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yen/unit</source>
        <extracomment>Unit of the unit cost: yen per unit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <extracomment>Unit of paid hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units per paid hour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::TrendsView</name>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period to see the trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the trend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend: reading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend read in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator between site names: &quot;市川物流センター, 茨木物流センター&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 side by side</source>
        <extracomment>A comparison of some of the sites: &quot;市川物流センター, 茨木物流センター side by side&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A block, section or activity with its code: &quot;ピッキング (PIC-SGL-PICK)&quot;
----------
Axis title: the metric and its unit, &quot;Productivity (units/h)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by month: %2</source>
        <extracomment>Chart title: the metric by day (month), then the level shown: &quot;Productivity by day: Picking&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by day: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 to %3</source>
        <extracomment>Above the chart: sites, then the period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures for %1 in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed units: the units add up different activities; compare a line with itself over time rather than with another level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A point per month: the first and last month count only the days inside the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend: %1</source>
        <extracomment>Title of the trends export: &quot;Trend: Productivity&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wh-manager: trends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::WidgetScreenshot</name>
    <message>
        <source>The screenshot cannot be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::WorkerCardScreen</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not clocked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a break (%1)</source>
        <extracomment>%1 is the break activity, e.g. &quot;Break&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last shift was left open too long. It is closed as forgotten and a leader will check it; this tap starts a new shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::WorkflowListModel</name>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure a garment against its care-label QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record defects with a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan items through production stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punch into another activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::cli</name>
    <message>
        <source>%1 (store: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building the demo warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: number of business days (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: first business day, YYYY-MM-DD (default: the period ends yesterday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wh: a command is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wh: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wh %1: --db FILE is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wh demo: --days must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wh demo: --seed must be a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wh demo: --start must be a date, YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store has no kiosk device; name one with --device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>punch: the worker&apos;s badge id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>punch: the worker&apos;s code (instead of a badge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>punch: the device punched at (default: the first kiosk); it sets the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>punch: clock in on, or switch to, this activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>punch: start a break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>punch: clock out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>punch: ask the forgotten-punch guard whether the worker may start this workflow (measure, inspect, pack, ...); punches nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wh punch: give --badge or --worker, and at most one of --activity, --break, --clock-out, --workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>totalling every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>totalling the dirty days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--site, --activity, --day, --quantity and --by are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --worker or --team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quantity must be a whole number above zero, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--day must be a date, YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the business day is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a break activity has no units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity is not offered at this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aggregate: total only what was marked dirty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aggregate: total every day again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units add: the team (instead of --worker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units add: the business day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units add: the units processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units add: who enters the figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units add: a note or reference (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wh aggregate: give --dirty or --full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason and --by are needed: every correction says why and who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval must be an interval id (the id of its start event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such punch interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --activity, --start-at or --end-at to change, or --remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to add a missing interval give --worker, --site, --activity, --start-at and --end-at; to change or remove one give --interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start-at and --end-at are the site&apos;s local time, YYYY-MM-DDTHH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct: the interval to change or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct: new start, site time YYYY-MM-DDTHH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct: new end, site time YYYY-MM-DDTHH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct: remove the interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct: why (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wh anomalies: --from and --to are dates, YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no flags: every figure is within its usual pattern, or there is too little history (two weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no device to record this at; name one with --device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be ja or en, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--site, --from, --to and --out are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be a date, YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be a date, YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period starts after it ends: --from %1 is after --to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level must be block, section or activity, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --format csv, pdf or png (or an --out name ending in .csv, .pdf or .png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv, pdf or png, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--excel is for --format csv only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out %1 is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF and PNG reports need the program&apos;s graphics support, which did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown site &quot;%1&quot; (the store&apos;s sites: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figures for site %1 from %2 to %3: nothing was written to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units add, report: the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anomalies, report: first business day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anomalies, report: last business day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: rows down to block, section or activity (default activity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: csv, pdf or png (default: from the --out name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: CSV with a byte order mark, for spreadsheet programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the messages: ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an image, or a format that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image cannot be read (truncated or damaged file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is empty (no pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is too large (at most %1 pixels a side and %2 megapixels): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported pixel format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode the barcodes in image files: one line per symbol, tab-separated: file, format, text (\\ \t \n \r and \xHH escaped), microseconds spent on the file, AIM symbology identifier, GS1 HRI. A file without a symbol prints the format None, a file that cannot be read prints Invalid and the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subcommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image files (PNG, JPEG, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a header line first (a TSV table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these formats, comma-separated (e.g. QRCode,Code128,EAN13); default all: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time budget per image in milliseconds (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for up to N different symbols per image (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one or more image files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--budget must be a number of milliseconds, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-symbols must be a number from 1 to 100, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown barcode format in --formats &quot;%1&quot;; the formats are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the messages and of a report, ja or en (default: the system&apos;s, %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wh: --lang must be ja or en, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what a GS1 barcode&apos;s text holds: one line per element (AI and value, title, typed value, problems), then the HRI. TEXT is an element string (GS written as &lt;GS&gt;, optionally after an AIM identifier such as ]C1), bracketed HRI such as (01)09506000134352(10)ABC or a GS1 Digital Link URI. Exit code 1 when the text is not valid GS1 data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scanned text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A character that stands for GS in TEXT (such as |).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge two-digit years against this date (YYYY-MM-DD; default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one TEXT (quote it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gs must be one character, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today must be a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the barcode library failed on this image and was restarted without that step (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store (an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log level on stderr: trace, debug, info, warn (default), error, off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--log-level must be trace, debug, info, warn, error or off, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account&apos;s name is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the password file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password was typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password on stdin (or give --password-file FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leader, manager or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sites of a leader or manager, comma-separated (S1,S2); an admin has every site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE (default: stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role leader|manager|admin is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be leader, manager or admin, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a leader or manager needs --sites S1[,S2...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an account of the manager viewer (wh-manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name shown in the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the accounts of the manager viewer, tab-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an account&apos;s password (it also ends the wait after failed sign-ins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an account&apos;s role and sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable an account: it can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable a disabled account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 (counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a tape&apos;s reading (a number and an optional unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode tape-measure frames pasted from a device log: one tab-separated line per frame: the frame in hex, then &quot;reading&quot;, the value in mm, settled or live, the sequence and the value as sent; or &quot;message&quot; and what it said; or &quot;rejected&quot; and why. Exit code 1 when a frame was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frames in hex (quote each one; single bytes make one frame together), or - to read one frame per line from stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frames are text with \r \n \t \\ \xHH escapes, not hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one or more frames (or - to read them from stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bad escape in &quot;%1&quot; (\r \n \t \\ \xHH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not hex: %2 (use --text for text frames)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 frames rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the frames a simulated tape of the protocol sends for each value, decoded as `wh device decode` decodes them: a &quot;# VALUE mm&quot; line, then one line per frame (a wedge tape: its keys as text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lengths measured, in mm, comma-separated (default 523,1234.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the live frames a tape sends while it moves, too (es-tape).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no arguments besides the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--values must be numbers of mm, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--values needs at least one length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the newest frames of the device log, oldest first: time (UTC), device, protocol, kind, the frame in hex, detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this device&apos;s frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N frames (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a number from 1, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: no such store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure one garment headless: check the care-label spec, take each point&apos;s reading from the tape, judge and record it, and print the NG sticker when the item fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care label&apos;s QR text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key of the brand, [ID:]SECRET (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of keys, one [ID:]SECRET a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tape: sim:PROTOCOL (leica-disto, bosch-glm, es-tape, nus, wedge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who measures (a worker&apos;s code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device the records are made at (default: the first handheld).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity a measured item counts for (default: the measure activity the worker is punched into).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate these points 2.0 mm beyond their upper tolerance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate these values, in mm: CODE=MM,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label printer for NG stickers, HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer&apos;s Japanese font (default E:ANMDJ.TTF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw Japanese text here and send it as graphics (no printer font needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the printer to take the sticker (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each reading (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the messages and point names: ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure takes no arguments besides its options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key or --key-file is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--device must be sim:PROTOCOL (a simulated tape), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--device sim:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--values takes CODE=MM pairs, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--printer must be HOST:PORT, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the care label is refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fail-points: the spec has no point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--values: the spec has no point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store has no handheld device to record at; name one with --station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown worker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item will not count as a unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log level on stderr: trace (raw registers), debug, info, warn, error (default), off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll the registers of a Modbus register map and print one tab-separated line per register and round: round, register, kind, value, raw value, registers as read, and with --db what the read booked. Counters&apos; moves become units events with --db; gauges are only printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register map (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the counters&apos; units in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --db: the device whose event log records the units (default: the manager station of the first counter&apos;s site).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after N rounds (a failed connection attempt counts as one); default: poll until stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--config FILE is needed: the register map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count must be a whole number above zero, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--device is for --db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site %1 has no device to record the counters at; name one with --device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 round(s), %2 reading(s), %3 error(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 unit(s) recorded in %2 event(s) at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the Modbus TCP simulator on 127.0.0.1: a conveyor&apos;s counters (32-bit &quot;outfeed&quot;, 16-bit &quot;infeed&quot; that wraps) and gauges (&quot;weight&quot;, &quot;belt_temp&quot;). Prints &quot;listening HOST:PORT&quot;, then a register map for it, and serves until stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TCP port (default: a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counters advance every N ms (default 250).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after S seconds (default: run until stopped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site in the printed register map (default S1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity in the printed register map (default PIC-SGL-PICK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tick-ms must be a number from 10 to 3600000, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seconds must be a whole number above zero, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log level on stderr: trace, debug, info, warn, error or off (default error; trace shows the bytes to and from the printer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --log-level &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the labels cannot be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 x %3 dots, copies: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a ZPL label printer for its state (~HS over TCP) and say whether it can print, and if not, what to do. Exit code 0 when it is ready, 1 when it is not or cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer (port 9100 by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the printer (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the printer as HOST or HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not HOST or HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ready to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n label(s) in the printer&apos;s memory</source>
        <translation>
            <numerusform>%1: %n label in the printer&apos;s memory</numerusform>
            <numerusform>%1: %n labels in the printer&apos;s memory</numerusform>
        </translation>
    </message>
    <message>
        <source>Print ZPL files on a label printer. The printer is asked for its state first and nothing is sent while it reports a problem (paper out, head open, ...); the files wait and go out, in order, as soon as it is ready. With --db they wait in the store&apos;s print spool, also after this command ends: run it again (without files) to send what waits. Exit code 0 when everything was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZPL files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the jobs in this store&apos;s print spool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s key (one file): a key already in the spool is not printed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the printer (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask the printer for its state (~HS): for printers that do not answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give ZPL files to print (or --db to send what waits in its spool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key names one file&apos;s job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait must be a number of seconds, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no ZPL label (^XA ... ^XZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be spooled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the job &quot;%2&quot; is in the spool already; it is not printed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) not printed yet: they wait in the print spool of %1 and go out with the next `wh printer send %2 --db %1`</source>
        <translation>
            <numerusform>%n label not printed yet: it waits in the print spool of %1 and goes out with the next `wh printer send %2 --db %1`</numerusform>
            <numerusform>%n labels not printed yet: they wait in the print spool of %1 and go out with the next `wh printer send %2 --db %1`</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) not printed: the printer was not ready within %1 seconds</source>
        <translation>
            <numerusform>%n label not printed: the printer was not ready within %1 seconds</numerusform>
            <numerusform>%n labels not printed: the printer was not ready within %1 seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Run a ZPL label printer simulator on this computer: it takes jobs on a TCP port as a Zebra printer does and answers ~HS with its state. Type a state and Enter while it runs to change it: ready, paper-out, paused, head-open, ribbon-out, stopped (the port closes: connections are refused), quit. One line per job on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port (default 9100; 0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state to start in (default ready).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each job to this folder as job-0001.zpl and its picture job-0001.png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after N jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not answer ~HS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulate takes no arguments besides its options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state must be ready, paper-out, paused, head-open, ribbon-out or stopped, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a TCP port number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen must be an IP address, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count must be a positive number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printer simulator on %1:%2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1: %2 bytes (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;: ready, paper-out, paused, head-open, ribbon-out, stopped, quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the labels of a ZPL file as PNG pictures, one pixel per printer dot (OUT.png, then OUT-2.png ... for more labels). Printer fonts are drawn with fonts of this computer, so the picture shows the layout, not the printer&apos;s exact letters. What cannot be drawn is listed on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ZPL file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one ZPL file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--png OUT.png is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the NG sticker of a sample item (three points out of tolerance, Japanese point names), to try a printer or its settings: --zpl writes the label, --png its picture; without either the ZPL goes to stdout. Japanese text uses a font on the printer (--printer-font) unless --host-text draws it here and sends it as graphics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the ZPL to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the picture to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw Japanese text here and send it as graphics (for printers without a Japanese font).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer&apos;s Japanese font, drive and file (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample takes no arguments besides its options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes of ZPL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the messages and names: ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encode a measurement spec (JSON, lengths in mm) as the signed text of a care-label QR code and print it; --zpl prints a care label in ZPL instead, --png writes the QR code as an image.

The JSON (lot and due optional; tolerance_mm for both sides, or lower_mm and upper_mm):
  {&quot;item&quot;: &quot;ITEM-000123&quot;, &quot;style&quot;: &quot;ST24-001&quot;, &quot;size&quot;: &quot;M&quot;, &quot;lot&quot;: &quot;L7&quot;,
   &quot;due&quot;: &quot;2025-06-30&quot;, &quot;points&quot;: [
    {&quot;code&quot;: &quot;BL&quot;, &quot;target_mm&quot;: 720.0, &quot;lower_mm&quot;: 1.0, &quot;upper_mm&quot;: 1.5},
    {&quot;code&quot;: &quot;CW&quot;, &quot;target_mm&quot;: 540, &quot;tolerance_mm&quot;: 1}]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spec as JSON (see wh spec --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand&apos;s key, [ID:]SECRET (16 bytes or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file holding the key, [ID:]SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the QR code (level M) to this PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the ZPL of a care label instead of the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of a QR module: pixels in the PNG (default 8), dots on the label (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A font on the printer for the label&apos;s text (e.g. E:ANMDJ.TTF, for Japanese); default font 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encode takes no arguments besides its options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json FILE is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one key: --key [ID:]SECRET or --key-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--module must be a number from 1 to 10, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file must hold exactly one key to sign with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 (at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the spec must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label&apos;s text has characters the printer&apos;s font 0 cannot print; name a printer font with --printer-font (the QR code is not affected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and show the measurement spec of a care-label QR code: item, style, size, lot, due date and the points with their names, targets and tolerances. Exit code 1 when the label is refused (altered, another brand&apos;s key, an unknown version, cut off, a field missing or malformed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label&apos;s text (quote it), or - to read a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key of the brand, [ID:]SECRET; repeat it for several key ids.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init, demo, info, rebuild, punch, aggregate, units add, correct, attendance import FILE, anomalies, report, account, scan, spec, measure, device, printer or modbus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: wh %1 COMMAND ...; the commands: %2 (wh %1 COMMAND --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tape&apos;s protocol: leica-disto, bosch-glm, es-tape, nus or wedge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leica-disto: the distance float is in metres (default) or in the display unit (&quot;display&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>es-tape: millimetres in one step of the four digits (default 1; 0.1 reads them as hundredths of a centimetre).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nus, wedge: the unit of a number sent without one (default mm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--protocol is required (leica-disto, bosch-glm, es-tape, nus or wedge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --protocol &quot;%1&quot; (leica-disto, bosch-glm, es-tape, nus or wedge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--leica-unit must be metres or display, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--es-tape-step must be a number of millimetres above 0, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit must be mm, cm, m, in or ft, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tape: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tape cannot send %1 mm for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device log cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame rejected: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reading while no point is active was ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading for %1 refused: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measurement of %1 could not be recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reading for %1 from %2 within %3 s; the values before it are recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the NG sticker cannot be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the NG sticker cannot be spooled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the NG sticker is not printed yet: it waits in the store&apos;s print spool and goes out with `wh printer send %1 --db %2` or the next measurement sent to that printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label width in millimetres (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label height in millimetres (default 70).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer resolution: 203, 300 or 600 (default 203).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--width-mm and --height-mm must be label sizes from 10 mm, not &quot;%1&quot; x &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi must be 203, 300 or 600, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the demo brand&apos;s care labels (signed with the demo key DEMO that `wh demo` gives the handhelds), one line each: item, then the label&apos;s text. With --png DIR, also their QR codes as DIR/ITEM.png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each label&apos;s QR code into this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes no arguments besides its options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::cli::Gs1Command</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no GS1 data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::db::AttendanceImport</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no punches that day; add the interval by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still on shift (on since %2); import the row once the shift is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the official times %1 do not overlap any punch of %2 (punched %3); fix by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the punches %2 are a separate shift outside the official times %3; nothing changed, fix by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the attendance file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attendance import needs the name of who imports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance import device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such site for the attendance file&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site&apos;s time zone is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown worker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker %1&apos;s home site %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 has punches at site %3, which this account may not correct; nothing changed that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: correction refused, nothing changed that day: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::drivers</name>
    <message>
        <source>a %1 tape is not a Bluetooth LE device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 points out of tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) out of tolerance</source>
        <translation>
            <numerusform>%n point out of tolerance</numerusform>
            <numerusform>%n points out of tolerance</numerusform>
        </translation>
    </message>
    <message>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+ %n more point(s): see the record</source>
        <translation>
            <numerusform>+ %n more point: see the record</numerusform>
            <numerusform>+ %n more points: see the record</numerusform>
        </translation>
    </message>
    <message>
        <source>Measured by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit: mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is out of labels: load labels, then close the head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is paused: press PAUSE on the printer to go on printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print head is open: close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ribbon has run out: put in a new ribbon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer&apos;s memory for labels is full: wait until it has printed what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer lost its settings (memory error): switch it off and on, then check its setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print head is too cold to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print head is too hot: let the printer cool down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 tape does not talk over a serial port (bosch-glm, es-tape or nus do)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a keyboard-wedge tape sends keys, not bytes: use TapeWedgeDetector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tape protocol (leica-disto, bosch-glm, es-tape, nus or wedge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a length (a number and an optional unit such as mm, cm, m, in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (mm, cm, m, in or ft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a negative length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a length of zero (the device reports no measurement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the longest length must be above zero</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::drivers::BleTape</name>
    <message>
        <source>no tape measure advertising the %1 service was found (is it on and in range?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tape measure %1 was not found (is it on and in range?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device&apos;s %1 service has no characteristic that notifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device&apos;s %1 service has no characteristic %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the characteristic %1 can neither notify nor indicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tape measure disconnected; reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tape measure disconnected while connecting; trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scan did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection to the tape measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tape measure&apos;s service was not discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tape measure did not confirm its notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tape measure did not confirm its set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 within %2 ms; trying again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::drivers::BleTapeDiscovery</name>
    <message>
        <source>this device has no Bluetooth adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluetooth is switched off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::drivers::BoschGlmDecoder</name>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum error (the device received a damaged frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardware error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an MT frame: %1 bytes that cannot start a frame (a frame starts with C0 or a status byte 00-1F and a length up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC error: the frame ends in %1, its CRC-8 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated frame: %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated frame: %1 bytes, the length byte is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request for command %1 (not a reading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device answered with an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a distance response has 4 data bytes, this one %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device reports a measurement error (distance 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged: command %1, %2 data bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a response with %1 data bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exchange data container has 16 data bytes, this one %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device reports a measurement error (mode 63)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a single distance (device mode %1); only single distances are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the distance is not a number (NaN or infinite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a distance of zero or less: the meter reports no measurement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::drivers::CameraSource</name>
    <message>
        <source>This device has no camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no camera &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera was disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::drivers::EsTapeDecoder</name>
    <message>
        <source>not an ES-Tape frame (a frame starts with *): %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control or non-ASCII byte inside the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated frame: %1 bytes, too short for * + 4 digits + 2 status letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is not four digits: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status letters &quot;%1&quot; (P or S, then M or I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated frame: %1 bytes without CR and without status letters at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a length of zero (the device reports no measurement)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::drivers::LabelPrinter</name>
    <message>
        <source>The printer at %1 answered the status request with something that is not a ZPL status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer at %1 answered the status request with something that is not a ZPL status: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels wait in the spool and print when the printer is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label was printed but the print spool could not record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the printer at %1 was lost while a label was on its way; it is sent again when the printer is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer at %1 closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer at %1 refused the connection: is it switched on, and is %2 its port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer&apos;s address &quot;%1&quot; is not known on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer at %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer at %1 did not answer within %2 seconds: is it switched on and on the network?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer at %1 did not answer the status request (~HS) within %2 seconds. A printer that does not speak ZPL needs the status check switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer at %1 did not take the label within %2 seconds; it is sent again when the printer is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::drivers::LeicaDistoDecoder</name>
    <message>
        <source>not a DISTO frame: %1 bytes (a distance has 4, a measurement 20, a display unit 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DISTO distance is 4 bytes (float32), this frame has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DISTO measurement (010D) is 20 bytes, this frame has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>display unit code %1 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>display unit: %1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value of a characteristic that carries no reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a DISTO frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the display unit is not known yet (nothing read from 0102)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the display unit (code %1) is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the distance is not a number (NaN or infinite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a distance of zero or less: the meter reports no measurement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::drivers::NordicUartDecoder</name>
    <message>
        <source>a line longer than %1 bytes (skipped to its end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control byte inside the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::drivers::QtBleCentral</name>
    <message>
        <source>Bluetooth scan failed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluetooth connection failed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device has no service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluetooth service error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the characteristic %1 has no client configuration descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device has no characteristic %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::drivers::SimulatedTape</name>
    <message>
        <source>the tape measure disconnected; reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tape measure is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keys do not look like a tape&apos;s reading: typed as text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::drivers::TapeDeduplicator</name>
    <message>
        <source>the same measurement again (device counter %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last value replayed on subscribing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same value again within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value replayed on subscribing, measured before this connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::drivers::TapeDeviceSpec</name>
    <message>
        <source>a tape device is sim:PROTOCOL, serial:PROTOCOL:PORT or ble:PROTOCOL[:ADDRESS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a simulated tape is just sim:PROTOCOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a serial tape needs its port: serial:PROTOCOL:PORT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::drivers::TapeSimulator</name>
    <message>
        <source>this protocol sends no live frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ES-Tape frame carries 0 to 9999 steps of %1 mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::reports::AnomalyFlags</name>
    <message>
        <source>productivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours with no units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units with no hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a forgotten clock-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a slow day, or units not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fast day, or hours punched on another activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::reports::ReportExport</name>
    <message>
        <source>Site total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <extracomment>QDate format of the report&apos;s period, e.g. 2026-11-02</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed units (1 = units of unlike activities added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Productivity (units/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labor cost (yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost (yen/unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard (units/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Productivity and unit cost report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours are paid hours (breaks left out). Productivity = units / hours; unit cost = labor cost / units; performance = standard hours earned / hours of the activities that have a standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Mixed units&quot;: the row adds up the units of different activities; compare its productivity and unit cost with the same row over time, not with other rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block / section / activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <extracomment>PDF column header: paid hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units/h</source>
        <extracomment>PDF column header: productivity, units per paid hour</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (yen)</source>
        <extracomment>PDF column header: labor cost in yen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yen/unit</source>
        <extracomment>PDF column header: unit cost, yen per unit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Std units/h</source>
        <extracomment>PDF column header: the activity&apos;s standard, units per hour</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perf. %</source>
        <extracomment>PDF column header: performance against the standard, percent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly trend, site total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily trend, site total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yen/unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wh report: %1, %2 to %3, level %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1    %2    %3</source>
        <extracomment>The report&apos;s first subtitle line: site, period, level</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart has a point per month; the first and last month count only the days inside the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Productivity report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours are paid hours (breaks left out). Productivity = units / hours; performance = standard hours earned / hours of the activities that have a standard. Costs are not shown to this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::reports::ReportRender</name>
    <message>
        <source>No data for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (right axis)</source>
        <extracomment>Legend entry of a series drawn against the chart&apos;s right-hand axis.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Page number in the PDF report&apos;s footer: page %1 of %2.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
