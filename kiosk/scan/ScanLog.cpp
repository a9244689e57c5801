#include "kiosk/scan/ScanLog.h"

Q_LOGGING_CATEGORY(lcScan, "accueil.scan", QtInfoMsg)
