# Generated from ui/module_page.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: e5a3a4842354effac5b66972d50d02150da5a6c31d278520dcc35407b88fec0e
# uic: uic 6.11.3
# output-sha256: 09d228380efb835701596c1e1ba6515197b948a0d866bf55d6f2129abf5e43d0
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'module_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QListWidget,
    QListWidgetItem, QScrollArea, QSizePolicy, QStackedWidget,
    QWidget)

class Ui_ModulePage(object):
    def setupUi(self, ModulePage):
        if not ModulePage.objectName():
            ModulePage.setObjectName(u"ModulePage")
        self.moduleLayout = QHBoxLayout(ModulePage)
        self.moduleLayout.setObjectName(u"moduleLayout")
        self.sectionList = QListWidget(ModulePage)
        self.sectionList.setObjectName(u"sectionList")
        self.sectionList.setMinimumWidth(200)
        self.sectionList.setMaximumWidth(260)

        self.moduleLayout.addWidget(self.sectionList)

        self.sectionScroll = QScrollArea(ModulePage)
        self.sectionScroll.setObjectName(u"sectionScroll")
        self.sectionScroll.setFrameShape(QFrame.NoFrame)
        self.sectionScroll.setWidgetResizable(False)
        self.sectionStack = QStackedWidget()
        self.sectionStack.setObjectName(u"sectionStack")
        self.sectionScroll.setWidget(self.sectionStack)

        self.moduleLayout.addWidget(self.sectionScroll)


        self.retranslateUi(ModulePage)
    # setupUi

    def retranslateUi(self, ModulePage):
#if QT_CONFIG(accessibility)
        self.sectionList.setAccessibleName(QCoreApplication.translate("ModulePage", u"Secciones", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
