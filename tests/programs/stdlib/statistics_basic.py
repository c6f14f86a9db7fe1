import statistics as st
from fractions import Fraction
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.stdev(data))
print(st.variance(data), st.pvariance(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.fmean([1, 2, 3.5]), st.geometric_mean([1, 4]), st.harmonic_mean([1, 4, 4]))
print(st.multimode('aabbc'), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError", e)
nd = st.NormalDist(100, 15)
print(round(nd.cdf(115), 6), nd.mean, nd.stdev, round(nd.inv_cdf(0.5), 6))
print(st.correlation([1, 2, 3], [2, 4, 7]), st.linear_regression([1, 2, 3], [2, 4, 6]))
