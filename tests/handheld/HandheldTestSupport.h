#pragma once

// For the handheld's tests: the QML module Wh.Handheld is a static library; a test that loads its
// screens imports the plugin once, in its source file, with WH_IMPORT_HANDHELD_QML.
#include <QtQml/qqmlextensionplugin.h>

#define WH_IMPORT_HANDHELD_QML Q_IMPORT_QML_PLUGIN(Wh_HandheldPlugin)
