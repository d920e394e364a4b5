# Generated from ui/about_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 98d395fe6c1379c45685457d5d73bc68d2a484b9298381140b18803d953ffdd9
# uic: uic 6.11.3
# output-sha256: 95a206e2f7ceeadd19e5223041b9519309d4abf1444f8fdd098f634bed9e44ed
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QSizePolicy, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(640, 460)
        self.aboutLayout = QVBoxLayout(AboutDialog)
        self.aboutLayout.setObjectName(u"aboutLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(AboutDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setMinimumSize(QSize(72, 72))
        self.iconLabel.setMaximumSize(QSize(72, 72))
        self.iconLabel.setScaledContents(True)

        self.headerLayout.addWidget(self.iconLabel)

        self.headingLabel = QLabel(AboutDialog)
        self.headingLabel.setObjectName(u"headingLabel")

        self.headerLayout.addWidget(self.headingLabel)


        self.aboutLayout.addLayout(self.headerLayout)

        self.aboutText = QTextBrowser(AboutDialog)
        self.aboutText.setObjectName(u"aboutText")
        self.aboutText.setOpenExternalLinks(False)

        self.aboutLayout.addWidget(self.aboutText)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.aboutLayout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)
        self.buttonBox.rejected.connect(AboutDialog.reject)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"Acerca de Pisac Desktop", None))
        self.headingLabel.setText(QCoreApplication.translate("AboutDialog", u"Pisac Desktop", None))
    # retranslateUi
