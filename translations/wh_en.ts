<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>HomePage</name>
    <message>
        <source>Device: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>Main</name>
    <message>
        <source>Handheld: %1</source>
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
    <name>wh::BlockFiguresModel</name>
    <message>
        <source>All blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units per hour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::BlockHoursChart</name>
    <message>
        <source>Hours worked by block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
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
    <name>wh::HandheldProgram</name>
    <message>
        <source>The handheld&apos;s device id in the store (default: the first handheld device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handheld: scanning, measuring and inspecting on the floor.</source>
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
        <source>The home screen cannot be loaded; the log says why.</source>
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
    <name>wh::KioskText</name>
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
    <name>wh::ManagerProgram</name>
    <message>
        <source>Manager: productivity reports over the site store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wh::ManagerWindow</name>
    <message>
        <source>Business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Productivity overview</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>The store has no sites yet: there is nothing to show.</source>
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
        <source>ddd, MMM d, yyyy</source>
        <extracomment>QDate format of the period shown under the title, e.g. &quot;Thu, Oct 22, 2026&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3: no punches were recorded at this site in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
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
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %1: it has no figures at this site in this period.</source>
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
        <source>Activities of %1</source>
        <extracomment>%1 is a section&apos;s name</extracomment>
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
        <source>Scanned %1: not a site, block, section or activity code of this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned code could not be read: %1</source>
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
    <name>wh::QuickScreenshot</name>
    <message>
        <source>The screenshot cannot be saved to %1.</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init, demo, info, rebuild, punch, aggregate, units add, correct, attendance import FILE, anomalies or report</source>
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
        <source>usage: wh scan COMMAND ...; the commands: %1 (wh scan COMMAND --help)</source>
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
