# Generated from ui/authorities.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 669df10b13cb901a1068fc597cdf90d276f0e069bd867736030bbcf9c4001bf5
# uic: uic 6.12.0
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'authorities.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_Authorities(object):
    def setupUi(self, Authorities):
        if not Authorities.objectName():
            Authorities.setObjectName(u"Authorities")
        self.authoritiesLayout = QVBoxLayout(Authorities)
        self.authoritiesLayout.setObjectName(u"authoritiesLayout")
        self.titleLabel = QLabel(Authorities)
        self.titleLabel.setObjectName(u"titleLabel")

        self.authoritiesLayout.addWidget(self.titleLabel)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setObjectName(u"dateLayout")
        self.dateCaption = QLabel(Authorities)
        self.dateCaption.setObjectName(u"dateCaption")

        self.dateLayout.addWidget(self.dateCaption)

        self.dateEdit = QDateEdit(Authorities)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.dateLayout.addWidget(self.dateEdit)

        self.longDateLabel = QLabel(Authorities)
        self.longDateLabel.setObjectName(u"longDateLabel")

        self.dateLayout.addWidget(self.longDateLabel)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateLayout.addItem(self.dateSpacer)


        self.authoritiesLayout.addLayout(self.dateLayout)

        self.holdersView = QTableView(Authorities)
        self.holdersView.setObjectName(u"holdersView")
        self.holdersView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.holdersView.setAlternatingRowColors(True)
        self.holdersView.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.authoritiesLayout.addWidget(self.holdersView)

        self.councilGroup = QGroupBox(Authorities)
        self.councilGroup.setObjectName(u"councilGroup")
        self.councilLayout = QVBoxLayout(self.councilGroup)
        self.councilLayout.setObjectName(u"councilLayout")
        self.councilLabel = QLabel(self.councilGroup)
        self.councilLabel.setObjectName(u"councilLabel")
        self.councilLabel.setWordWrap(True)

        self.councilLayout.addWidget(self.councilLabel)

        self.councilView = QTableView(self.councilGroup)
        self.councilView.setObjectName(u"councilView")
        self.councilView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.councilView.setAlternatingRowColors(True)
        self.councilView.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.councilLayout.addWidget(self.councilView)


        self.authoritiesLayout.addWidget(self.councilGroup)

#if QT_CONFIG(shortcut)
        self.dateCaption.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(Authorities)
    # setupUi

    def retranslateUi(self, Authorities):
        self.titleLabel.setStyleSheet(QCoreApplication.translate("Authorities", u"font-size: 16pt; font-weight: bold;", None))
        self.titleLabel.setText(QCoreApplication.translate("Authorities", u"Autoridades y funcionarios", None))
        self.dateCaption.setText(QCoreApplication.translate("Authorities", u"En &funciones el d\u00eda:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("Authorities", u"dd/MM/yyyy", None))
        self.longDateLabel.setText("")
        self.councilGroup.setTitle(QCoreApplication.translate("Authorities", u"Concejo Municipal", None))
        self.councilLabel.setText("")
        pass
    # retranslateUi
